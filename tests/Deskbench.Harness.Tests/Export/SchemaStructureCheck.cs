using System.Text.Json.Nodes;

namespace Deskbench.Harness.Tests.Export;

/// <summary>
/// A small structural JSON Schema check: <c>type</c> (one or a list), <c>required</c>, <c>properties</c>, <c>items</c>,
/// <c>enum</c>, <c>const</c>, <c>minimum</c>/<c>maximum</c> and local <c>$ref</c>s into <c>$defs</c>. Returns every violation.
/// </summary>
internal static class SchemaStructureCheck
{
    public static List<string> Validate(JsonObject schema, JsonNode? document)
    {
        var problems = new List<string>();
        Check(schema, schema, document, "$", problems);
        return problems;
    }

    private static void Check(JsonObject root, JsonObject schema, JsonNode? value, string path, List<string> problems)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference["#/$defs/".Length..];
            Check(root, root["$defs"]![name]!.AsObject(), value, path, problems);
            return;
        }

        if (schema["type"] is { } type)
        {
            var allowed = type is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            var actual = TypeOf(value);
            if (!allowed.Contains(actual) && !(actual == "integer" && allowed.Contains("number")))
            {
                problems.Add($"{path}: {actual}, expected {string.Join("|", allowed)}");
                return;
            }
        }

        if (schema["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, value)))
        {
            problems.Add($"{path}: {value?.ToJsonString()} is not one of {options.ToJsonString()}");
        }

        if (schema["const"] is { } constant && !JsonNode.DeepEquals(constant, value))
        {
            problems.Add($"{path}: {value?.ToJsonString()}, expected {constant.ToJsonString()}");
        }

        if (value is JsonValue number && TypeOf(value) is "number" or "integer")
        {
            var x = NumberOf(number);
            if (schema["minimum"] is { } min && x < min.GetValue<double>() || schema["maximum"] is { } max && x > max.GetValue<double>())
            {
                problems.Add($"{path}: {x} out of range");
            }
        }

        if (value is JsonObject obj)
        {
            foreach (var required in schema["required"]?.AsArray() ?? [])
            {
                if (!obj.ContainsKey(required!.GetValue<string>()))
                {
                    problems.Add($"{path}: missing '{required}'");
                }
            }

            foreach (var (name, propertySchema) in schema["properties"]?.AsObject() ?? [])
            {
                if (obj.TryGetPropertyValue(name, out var property))
                {
                    Check(root, propertySchema!.AsObject(), property, $"{path}.{name}", problems);
                }
            }
        }

        if (value is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(root, items, array[i], $"{path}[{i}]", problems);
            }
        }
    }

    private static string TypeOf(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => "string",
        JsonValue v when v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => "boolean",
        _ => NumberOf(value) % 1 == 0 ? "integer" : "number",
    };

    private static double NumberOf(JsonNode value) =>
        double.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);
}
