using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Core.Actions.Translation;

/// <summary>What the JSON-based translators (computer_13, deskbench) share: JSON sent as text, and short descriptions for errors.</summary>
internal static class JsonActionText
{
    /// <summary>True when <paramref name="text"/> looks like a JSON object or array (the agent sent JSON as a string).</summary>
    public static bool LooksLikeJson(string text) => text.TrimStart() is { Length: > 0 } t && (t[0] == '{' || t[0] == '[');

    /// <summary>Parses JSON text; invalid JSON is an <see cref="ActionTranslationException"/> naming the action space.</summary>
    public static JsonNode? Parse(string text, string actionSpace)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw new ActionTranslationException($"{actionSpace}: the action is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>The node as compact JSON, cut at 120 characters.</summary>
    public static string Describe(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 120 ? text[..117] + "..." : text;
    }
}
