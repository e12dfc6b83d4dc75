using Deskbench.Evaluators.Python;
using Deskbench.Evaluators.Text;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>diff_text_file(result, expect)</c>: None → 0; else <c>difflib.SequenceMatcher(a=result_lines, b=expected_lines).ratio()</c>
/// over the two files' <c>splitlines()</c>. A missing file raises.
/// </summary>
public sealed class DiffTextFileMetric : IMetric
{
    public string Name => "diff_text_file";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var expected = call.RequireExpected(Name);
        if (call.Result is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var resultLines = PythonText.SplitLines(PythonText.ReadText(PythonIndexing.AsPath(call.Result)));
        var expectedLines = PythonText.SplitLines(PythonText.ReadText(PythonIndexing.AsPath(expected)));
        return ValueTask.FromResult(new SequenceMatcher<string>(resultLines, expectedLines, StringComparer.Ordinal).Ratio());
    }
}
