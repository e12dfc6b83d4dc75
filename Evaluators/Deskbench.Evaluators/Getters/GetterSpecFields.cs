using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Getters;

/// <summary>Reads the fields of a getter's spec, with errors that name the getter.</summary>
public static class GetterSpecFields
{
    /// <summary>A required, non-empty string field of the getter spec, with an error naming the getter.</summary>
    public static string RequireString(JsonObject spec, string getterName, string field) =>
        spec[field] is JsonValue value && value.TryGetValue(out string? text) && text.Length > 0
            ? text
            : throw new ArgumentException($"{getterName}: the spec needs a non-empty string '{field}'");
}
