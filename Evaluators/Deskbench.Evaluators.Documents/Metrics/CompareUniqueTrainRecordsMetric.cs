using Deskbench.Evaluators.Documents.WordProcessing;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>compare_unique_train_records(processed, [gold, initial])</c> (docs.py): the processed document's non-blank lines
/// all come from the initial document, its train ids (2nd of 4 comma fields) are unique and equal the gold set, and it
/// has as many lines as the gold document. A document that does not open scores 0.
/// </summary>
public sealed class CompareUniqueTrainRecordsMetric : IMetric
{
    public string Name => "compare_unique_train_records";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var expected = PythonIndexing.Iterate(call.RequireExpected(Name) is System.Text.Json.Nodes.JsonArray list ? list : null).Select(PythonValues.AsString).ToList();
        var processedPath = PythonValues.AsString(call.Result);
        if (string.IsNullOrEmpty(processedPath) || expected.Count < 2 || string.IsNullOrEmpty(expected[0]) || string.IsNullOrEmpty(expected[1]))
        {
            return ValueTask.FromResult(0.0);
        }

        var processed = Lines(processedPath);
        var gold = Lines(expected[0]!);
        var initial = Lines(expected[1]!);
        if (processed is null || gold is null || initial is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var processedIds = Ids(processed);
        var ok = processed.All(initial.Contains)
            && processedIds.Count == processedIds.Distinct(StringComparer.Ordinal).Count()
            && processedIds.ToHashSet(StringComparer.Ordinal).SetEquals(Ids(gold))
            && processed.Count == gold.Count;
        return ValueTask.FromResult(ok ? 1.0 : 0.0);
    }

    private List<string>? Lines(string path) =>
        DocxInputs.Open(Name, path)?.Paragraphs.Select(p => p.Text.Trim()).Where(t => t.Length > 0).ToList();

    private static List<string> Ids(IEnumerable<string> lines) =>
        [.. lines.Select(l => l.Split(',')).Where(p => p.Length == 4).Select(p => p[1].Trim())];
}
