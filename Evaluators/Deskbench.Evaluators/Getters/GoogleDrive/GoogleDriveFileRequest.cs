using System.Text.Json.Nodes;
using Deskbench.Accounts.GoogleDrive;

namespace Deskbench.Evaluators.Getters.GoogleDrive;

/// <summary>
/// The files a <c>googledrive_file</c> spec asks for, each as OSWorld's chain of queries (one per folder level, the last
/// one for the file) and the name to save it under: <c>query</c> + <c>dest</c>, <c>path</c> + <c>dest</c>, or their
/// <c>query_list</c>/<c>path_list</c> forms with a <c>dest</c> list of the same length (checked first, in this order).
/// </summary>
internal sealed record GoogleDriveFileRequest(IReadOnlyList<IReadOnlyList<string>> Queries, IReadOnlyList<string> Destinations, bool IsList)
{
    public static GoogleDriveFileRequest Parse(JsonObject spec)
    {
        if (spec.ContainsKey("query"))
        {
            return new([Strings(spec["query"], "query")], [Destination(spec["dest"])], false);
        }

        if (spec.ContainsKey("path"))
        {
            return new([PathQueries(Strings(spec["path"], "path"))], [Destination(spec["dest"])], false);
        }

        var isQueryList = spec.ContainsKey("query_list");
        var key = isQueryList ? "query_list" : "path_list";
        var entries = spec[key] as JsonArray ?? throw new ArgumentException($"googledrive_file: '{key}' (or query, path) must be a list");
        var destinations = spec["dest"] as JsonArray ?? throw new ArgumentException("googledrive_file: 'dest' must be a list like the " + key);
        if (entries.Count != destinations.Count)
        {
            throw new ArgumentException($"AssertionError: googledrive_file {key} has {entries.Count} entries but dest has {destinations.Count}");
        }

        var queries = entries.Select(entry => isQueryList ? Strings(entry, key) : PathQueries(Strings(entry, key))).ToList();
        return new(queries, destinations.Select(Destination).ToList(), true);
    }

    /// <summary>OSWorld's queries for a path: a non-trashed folder for each folder name, a non-trashed file for the last.</summary>
    private static IReadOnlyList<string> PathQueries(IReadOnlyList<string> path) => path
        .Select((name, index) => index < path.Count - 1
            ? $"title = {DriveQuery.Literal(name)} and mimeType = {DriveQuery.Literal(DriveFile.FolderMimeType)} and trashed = false"
            : $"title = {DriveQuery.Literal(name)} and trashed = false")
        .ToList();

    private static List<string> Strings(JsonNode? node, string key) => node switch
    {
        JsonValue value when value.TryGetValue(out string? single) => [single],
        JsonArray items when items.All(item => item is JsonValue v && v.TryGetValue(out string? _)) =>
            items.Select(item => item!.GetValue<string>()).ToList(),
        _ => throw new ArgumentException($"googledrive_file: '{key}' must be a string or a list of strings"),
    };

    private static string Destination(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) && text.Length > 0
            ? text
            : throw new ArgumentException("googledrive_file: every 'dest' must be a file name");
}
