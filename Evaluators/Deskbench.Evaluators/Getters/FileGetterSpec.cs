using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Getters;

/// <summary>
/// The shared shape of OSWorld's file getters (<c>vm_file</c>, <c>cloud_file</c>): <c>path</c> and <c>dest</c> (lists when
/// <c>multi</c> is truthy; paired like <c>zip</c>), and <c>gives</c> (default <c>[0]</c>): the indices returned to the metric.
/// </summary>
internal sealed record FileGetterSpec(IReadOnlyList<string> Paths, IReadOnlyList<string> Destinations, IReadOnlySet<int> Gives)
{
    public int Count => Math.Min(Paths.Count, Destinations.Count);

    public static FileGetterSpec Parse(JsonObject spec)
    {
        var multi = PythonValues.IsTruthy(PythonIndexing.Get(spec, "multi", JsonValue.Create(false)));
        var paths = multi ? Strings(PythonIndexing.GetItem(spec, "path")) : [Text(PythonIndexing.GetItem(spec, "path"))];
        var destinations = multi ? Strings(PythonIndexing.GetItem(spec, "dest")) : [Text(PythonIndexing.GetItem(spec, "dest"))];
        var gives = PythonIndexing.Iterate(PythonIndexing.Get(spec, "gives", new JsonArray(0)))
            .Select(index => PythonValues.TypeOf(index) is PythonType.Int or PythonType.Bool ? (int)PythonValues.GetInteger(index) : -1)
            .ToHashSet();
        return new FileGetterSpec(paths, destinations, gives);
    }

    /// <summary>OSWorld's return shape: the single path (or None) when exactly one file is given, else the list.</summary>
    public static JsonNode? ToResult(IReadOnlyList<string?> givenPaths) => givenPaths.Count == 1
        ? (givenPaths[0] is { } only ? JsonValue.Create(only) : null)
        : new JsonArray([.. givenPaths.Select(path => path is null ? null : (JsonNode)JsonValue.Create(path))]);

    private static List<string> Strings(JsonNode? node) => [.. PythonIndexing.Iterate(node).Select(Text)];

    private static string Text(JsonNode? node) => PythonValues.AsString(node)
        ?? throw PythonErrorException.TypeError($"expected a path string, got {PythonOperators.Describe(node)}");
}
