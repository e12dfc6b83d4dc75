using System.Text.Json.Nodes;

namespace Deskbench.Tasks.Loading;

/// <summary>
/// An index file in OSWorld's <c>test_all.json</c> style: an object mapping each domain to an array of task ids, resolved
/// against <c>&lt;index folder&gt;/examples/&lt;domain&gt;/&lt;id&gt;.json</c>.
/// </summary>
internal static class TaskIndex
{
    /// <summary>True when the document has the shape of an index: an object of arrays that is not a task.</summary>
    public static bool IsIndex(JsonNode? document) =>
        document is JsonObject o && !TaskFileLoader.LooksLikeTask(o) && o.All(p => p.Value is JsonArray);

    /// <summary>Where an index's task file lives.</summary>
    public static string TaskFilePath(string indexPath, string domain, string id) =>
        Path.Combine(Path.GetDirectoryName(indexPath) ?? ".", "examples", domain, id + ".json");
}
