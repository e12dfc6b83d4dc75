using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>check_thunderbird_filter(result, rules)</c> (thunderbird.py): result is a msgFilterRules.dat path (None → 0). Each
/// filter (name=, enabled=, type=, action=, actionValue=, condition= lines; values unquoted as OSWorld slices them) is a
/// record; every record of <c>rules["expect"]</c> must be matched by some filter (all its keys present and equal) and no
/// filter may match a record of <c>rules["unexpect"]</c>. The condition is the list of its AND/OR clauses (or ALL).
/// </summary>
public sealed partial class CheckThunderbirdFilterMetric : IMetric
{
    public string Name => "check_thunderbird_filter";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rules = call.RequireExpected(Name);
        if (call.Result is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var filters = ReadFilters(PythonText.ReadText(PythonIndexing.AsPath(call.Result)));
        var expect = PythonIndexing.Iterate(PythonIndexing.Get(rules, "expect", new JsonArray())).ToList();
        var unexpect = PythonIndexing.Iterate(PythonIndexing.Get(rules, "unexpect", new JsonArray())).ToList();
        var expectMetrics = new bool[expect.Count];
        var unexpectMetric = true;
        foreach (var filter in filters)
        {
            for (var i = 0; i < expect.Count; i++)
            {
                expectMetrics[i] = expectMetrics[i] || MatchesRecord(expect[i], filter);
            }

            unexpectMetric = unexpectMetric && !unexpect.Any(r => MatchesRecord(r, filter));
        }

        return ValueTask.FromResult(expectMetrics.All(m => m) && unexpectMetric ? 1.0 : 0.0);
    }

    private static List<JsonObject> ReadFilters(string text)
    {
        var filters = new List<JsonObject>();
        JsonObject? current = null;
        JsonObject Current() => current ?? throw new PythonErrorException("NameError", "name 'filter_' is not defined");
        foreach (var line in PythonText.IterateLines(text))
        {
            if (line.StartsWith("name=", StringComparison.Ordinal))
            {
                current = new JsonObject { ["name"] = Unquote(line, 6) };
            }
            else if (line.StartsWith("enabled=", StringComparison.Ordinal))
            {
                Current()["enabled"] = Unquote(line, 9);
            }
            else if (line.StartsWith("type=", StringComparison.Ordinal))
            {
                Current()["type"] = Unquote(line, 6);
            }
            else if (line.StartsWith("action=", StringComparison.Ordinal))
            {
                Current()["action"] = Unquote(line, 8);
            }
            else if (line.StartsWith("actionValue=", StringComparison.Ordinal))
            {
                Current()["actionValue"] = Unquote(line, 13);
            }
            else if (line.StartsWith("condition=", StringComparison.Ordinal))
            {
                var conditions = Condition().Matches(Unquote(line, 11)).Select(m => (JsonNode?)JsonValue.Create(m.Value));
                var filter = Current();
                filter["condition"] = new JsonArray([.. conditions]);
                filters.Add(filter);
            }
        }

        return filters;
    }

    /// <summary>Python's <c>l[start:-2]</c> then the unescaping of <c>\"</c> and <c>\\</c>.</summary>
    private static string Unquote(string line, int start)
    {
        var end = line.Length - 2;
        var slice = end > start ? line[start..end] : string.Empty;
        return slice.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
    }

    /// <summary>OSWorld's <c>_match_record</c>: every key of the pattern is in the item with an equal value.</summary>
    private static bool MatchesRecord(JsonNode? pattern, JsonObject item)
    {
        if (pattern is not JsonObject record)
        {
            throw PythonErrorException.AttributeError($"'{PythonOperators.Describe(pattern)}' object has no attribute 'items'");
        }

        return record.All(pair => item.TryGetPropertyValue(pair.Key, out var value) && PythonEquality.AreEqual(value, pair.Value));
    }

    [GeneratedRegex("""\b(?:AND|OR) \((?:[\w ]+),(?:[\w ']+),(?:"(?:(?:[^"]|")+)"|(?:[^)]+))\)|\bALL\b""")]
    private static partial Regex Condition();
}
