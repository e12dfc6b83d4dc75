using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.General;

/// <summary>
/// <c>check_csv(result, rules)</c>: reads the CSV file as dictionaries keyed by its header row (Python's
/// <c>csv.DictReader</c>); 1 when every record pattern of <c>rules["expect"]</c> matches some row and no pattern of
/// <c>rules["unexpect"]</c> matches any row. A pattern matches a row when each of its keys is a column whose value equals
/// the pattern's value. None → 0; a missing file raises.
/// </summary>
public sealed class CheckCsvMetric : IMetric
{
    public string Name => "check_csv";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rules = call.RequireExpected(Name);
        if (call.Result is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var expect = PythonIndexing.Iterate(PythonIndexing.Get(rules, "expect", new JsonArray())).ToList();
        var unexpect = PythonIndexing.Iterate(PythonIndexing.Get(rules, "unexpect", new JsonArray())).ToList();
        var found = new bool[expect.Count];
        var clean = true;
        foreach (var row in CsvDictReader.Read(PythonText.ReadText(PythonIndexing.AsPath(call.Result))))
        {
            for (var i = 0; i < expect.Count; i++)
            {
                found[i] = found[i] || Matches(expect[i], row);
            }

            clean = clean && !unexpect.Any(pattern => Matches(pattern, row));
        }

        return ValueTask.FromResult(found.All(f => f) && clean ? 1.0 : 0.0);
    }

    private static bool Matches(JsonNode? pattern, IReadOnlyDictionary<string, string?> row) =>
        (pattern as JsonObject ?? throw PythonErrorException.AttributeError($"'{PythonOperators.Describe(pattern)}' object has no attribute 'items'"))
            .All(pair => row.TryGetValue(pair.Key, out var value) && PythonEquality.AreEqual(pair.Value, value is null ? null : JsonValue.Create(value)));
}
