using Deskbench.Evaluators.Documents.Html;
using Deskbench.Evaluators.Python;
using Deskbench.Evaluators.Text;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>compare_epub(result, expected)</c> (others.py): None → 0; else the text parts of both books
/// (<see cref="EpubTextParts"/>) are paired in name order up to the shorter list, each pair scores
/// <c>difflib.SequenceMatcher(result_lines, expected_lines).ratio()</c>, and the sum is divided by the number of the
/// result's parts (0 when it has none). A missing expected file raises.
/// </summary>
public sealed class CompareEpubMetric : IMetric
{
    public string Name => "compare_epub";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var expected = call.RequireExpected(Name);
        if (call.Result is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var resultParts = EpubTextParts.Read(RequireFile(PythonIndexing.AsPath(call.Result)));
        var expectedParts = EpubTextParts.Read(RequireFile(PythonIndexing.AsPath(expected)));
        var total = 0.0;
        foreach (var (result, gold) in resultParts.Zip(expectedParts))
        {
            cancellationToken.ThrowIfCancellationRequested();
            total += new SequenceMatcher<string>(result, gold, StringComparer.Ordinal).Ratio();
        }

        return ValueTask.FromResult(resultParts.Count > 0 ? total / resultParts.Count : 0.0);
    }

    private static string RequireFile(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"No such file or directory: '{path}'", path);
}
