using System.Text.Json;
using System.Text.Json.Nodes;
using static Deskbench.Tasks.Validation.JsonDescriptions;

namespace Deskbench.Tasks.Setup;

/// <summary>Reads step parameters, failing with a message that names the parameter and what was expected.</summary>
internal static class StepParameters
{
    public static string RequireString(JsonObject parameters, string name)
    {
        var value = parameters[name];
        if (!IsString(value))
        {
            throw Invalid(name, value is null && !parameters.ContainsKey(name) ? "required, missing" : Expected("a string", value));
        }

        var text = value!.GetValue<string>();
        return text.Length > 0 ? text : throw Invalid(name, "expected a non-empty string, got an empty string");
    }

    public static string? OptionalString(JsonObject parameters, string name) => parameters[name] switch
    {
        null => null,
        var value when IsString(value) => value.GetValue<string>(),
        var value => throw Invalid(name, Expected("a string", value)),
    };

    public static bool OptionalBoolean(JsonObject parameters, string name, bool defaultValue) => parameters[name] switch
    {
        null => defaultValue,
        var value when IsBoolean(value) => value.GetValueKind() == JsonValueKind.True,
        var value => throw Invalid(name, Expected("a boolean", value)),
    };

    public static double? OptionalNumber(JsonObject parameters, string name) => parameters[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => NumberOf(value),
        var value => throw Invalid(name, Expected("a number", value)),
    };

    public static double RequireNumber(JsonObject parameters, string name) =>
        OptionalNumber(parameters, name) ?? throw Invalid(name, "required, missing");

    public static JsonObject? OptionalObject(JsonObject parameters, string name) => parameters[name] switch
    {
        null => null,
        JsonObject value => value,
        var value => throw Invalid(name, Expected("an object", value)),
    };

    /// <summary>A command: a non-empty string, or a non-empty array of strings (OSWorld: "Empty command to launch.").</summary>
    public static JsonNode RequireCommand(JsonObject parameters, string name)
    {
        var command = parameters[name];
        return command switch
        {
            _ when IsString(command) && command!.GetValue<string>().Length > 0 => command,
            JsonArray { Count: > 0 } items when items.All(IsString) => command,
            _ when IsEmpty(command) => throw Invalid(name, "expected a non-empty command, got " + (command is null ? "none" : "an empty " + KindOf(command))),
            _ => throw Invalid(name, Expected("a string or an array of strings", command)),
        };
    }

    /// <summary>The <c>files</c> list of <c>download</c>/<c>upload_file</c>: objects with the given string keys.</summary>
    public static IReadOnlyList<JsonObject> RequireFileList(JsonObject parameters, string name)
    {
        if (parameters[name] is not JsonArray files)
        {
            throw Invalid(name, Expected("an array of file objects", parameters[name]));
        }

        return [.. files.Select((f, i) => f as JsonObject ?? throw Invalid($"{name}[{i}]", Expected("an object", f)))];
    }

    public static ArgumentException Invalid(string name, string message) => new($"parameter '{name}': {message}");
}
