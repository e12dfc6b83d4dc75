using Deskbench.Evaluators.Documents.Spreadsheets;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>compare_csv(result, expected, strict=True, ignore_case=False)</c> (table.py): 1 when the result's lines equal those
/// of the expected file, or of any file when expected is a list (missing expected files are skipped). Non-strict strips
/// every line. A None or unreadable result scores 0.
/// </summary>
public sealed class CompareCsvMetric : IMetric
{
    public string Name => "compare_csv";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var expected = call.RequireExpected(Name);
        var resultPath = PythonValues.AsString(call.Result);
        if (resultPath is null || !File.Exists(resultPath))
        {
            return ValueTask.FromResult(0.0);
        }

        var strict = PythonValues.IsTruthy(call.Option("strict") ?? true);
        var ignoreCase = PythonValues.IsTruthy(call.Option("ignore_case"));
        var result = Prepare(SheetCsvLines.ReadLines(resultPath), strict, ignoreCase);
        var candidates = PythonValues.AsString(expected) is { } single ? [single] : PythonIndexing.Iterate(expected).Select(PythonFormatting.Str).ToList();
        foreach (var candidate in candidates)
        {
            if (!File.Exists(candidate))
            {
                continue;
            }

            if (result.SequenceEqual(Prepare(SheetCsvLines.ReadLines(candidate), strict, ignoreCase), StringComparer.Ordinal))
            {
                return ValueTask.FromResult(1.0);
            }
        }

        return ValueTask.FromResult(0.0);
    }

    private static IReadOnlyList<string> Prepare(IReadOnlyList<string> lines, bool strict, bool ignoreCase) =>
        [.. lines.Select(l => strict ? l : l.Trim()).Select(l => ignoreCase ? l.ToLowerInvariant() : l)];
}
