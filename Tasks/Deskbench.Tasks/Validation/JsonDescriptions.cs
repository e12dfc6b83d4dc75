using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Tasks.Validation;

/// <summary>Wording shared by validation messages and setup-step parameter errors.</summary>
internal static class JsonDescriptions
{
    /// <summary>The JSON kind of a node as a word: object, array, string, number, boolean or null.</summary>
    public static string KindOf(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "undefined",
    };

    /// <summary>The value of a number node, whether parsed from text or created from any CLR numeric type.</summary>
    public static double NumberOf(JsonValue value) =>
        value.TryGetValue(out double d) ? d
        : value.TryGetValue(out long l) ? l
        : value.TryGetValue(out int i) ? i
        : value.TryGetValue(out decimal m) ? (double)m
        : value.TryGetValue(out float f) ? f
        : value.TryGetValue(out ulong u) ? u
        : value.TryGetValue(out short s) ? s
        : value.TryGetValue(out byte b) ? b
        : double.NaN;

    /// <summary>"expected {what}, got {kind}".</summary>
    public static string Expected(string what, JsonNode? found) => $"expected {what}, got {KindOf(found)}";

    /// <summary>The message for a required key that is absent.</summary>
    public static string Missing(string what) => $"required key is missing (expected {what})";

    /// <summary><c>$.a</c> or <c>$['odd key']</c>.</summary>
    public static string Property(string parent, string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
            ? $"{parent}.{key}"
            : $"{parent}['{key.Replace("'", "\\'", StringComparison.Ordinal)}']";

    /// <summary><c>$.a[3]</c>.</summary>
    public static string Index(string parent, int index) => $"{parent}[{index}]";

    public static bool IsString(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String;

    public static bool IsBoolean(JsonNode? node) => node?.GetValueKind() is JsonValueKind.True or JsonValueKind.False;

    /// <summary>Python truthiness of a JSON value, as OSWorld tests optional parts (<c>if spec:</c>, <c>len(spec) &gt; 0</c>).</summary>
    public static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonObject o => o.Count == 0,
        JsonArray a => a.Count == 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Length == 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.False => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => NumberOf(v) == 0,
        _ => false,
    };
}
