using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Chrome.Metrics;

/// <summary>
/// <c>is_expected_bookmarks(bookmarks, rule)</c> on the <c>bookmarks</c> getter's roots: 0 for a falsy result; rule types
/// <c>bookmark_bar_folders_names</c> (the set of folder names on the bookmark bar equals <c>rule.names</c>),
/// <c>bookmark_bar_websites_urls</c> (the set of bar URLs equals <c>rule.urls</c>), <c>liked_authors_websites_urls</c>
/// (the bar's "Liked Authors" folder holds exactly one choice from each entry of <c>rule.urls</c>, an entry being a URL or
/// a list of alternatives); any other type raises TypeError.
/// </summary>
public sealed class IsExpectedBookmarksMetric : IMetric
{
    public string Name => "is_expected_bookmarks";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result))
        {
            return ValueTask.FromResult(0.0);
        }

        var type = PythonIndexing.GetItem(rule, "type");
        var bar = PythonIndexing.Iterate(PythonIndexing.GetItem(PythonIndexing.GetItem(call.Result, "bookmark_bar"), "children")).ToList();
        var score = PythonValues.AsString(type) switch
        {
            "bookmark_bar_folders_names" => ChromeRuleValues.SetEquals(Field(bar, "folder", "name"), [.. PythonIndexing.Iterate(PythonIndexing.GetItem(rule, "names"))]),
            "bookmark_bar_websites_urls" => ChromeRuleValues.SetEquals(Field(bar, "url", "url"), [.. PythonIndexing.Iterate(PythonIndexing.GetItem(rule, "urls"))]),
            "liked_authors_websites_urls" => LikedAuthors(bar, PythonIndexing.GetItem(rule, "urls")),
            _ => throw ChromeRuleValues.NotSupported(type),
        };
        return ValueTask.FromResult(score ? 1.0 : 0.0);
    }

    private static List<JsonNode?> Field(IEnumerable<JsonNode?> nodes, string type, string field) =>
        [.. nodes.Where(node => PythonValues.AsString(PythonIndexing.GetItem(node, "type")) == type).Select(node => PythonIndexing.GetItem(node, field))];

    private static bool LikedAuthors(IEnumerable<JsonNode?> bar, JsonNode? urls)
    {
        var folder = bar.FirstOrDefault(node =>
            PythonValues.AsString(PythonIndexing.GetItem(node, "type")) == "folder"
            && PythonValues.AsString(PythonIndexing.GetItem(node, "name")) == "Liked Authors");
        if (folder is null)
        {
            return false;
        }

        var liked = Field(PythonIndexing.Iterate(PythonIndexing.GetItem(folder, "children")), "url", "url");
        var choices = PythonIndexing.Iterate(urls)
            .Select(entry => PythonValues.TypeOf(entry) == PythonType.Str ? [entry] : PythonIndexing.Iterate(entry).ToList())
            .ToList();
        return Combinations(choices, 0, []).Any(combination => ChromeRuleValues.SetEquals(combination, liked));
    }

    private static IEnumerable<List<JsonNode?>> Combinations(List<List<JsonNode?>> choices, int index, List<JsonNode?> prefix)
    {
        if (index == choices.Count)
        {
            yield return prefix;
            yield break;
        }

        foreach (var choice in choices[index])
        {
            foreach (var combination in Combinations(choices, index + 1, [.. prefix, choice]))
            {
                yield return combination;
            }
        }
    }
}
