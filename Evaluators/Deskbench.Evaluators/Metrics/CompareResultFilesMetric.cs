using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>compare_result_files(src_path, tgt_path)</c> (vscode.py): a falsy path → 0; both files are read and stripped. When the
/// gold text is a number: 1 if the gold text occurs in the result text, else 1 if the result is a number within 1e-4.
/// Otherwise (either is not a number) 1 only when the texts are equal. A missing file raises.
/// </summary>
public sealed class CompareResultFilesMetric : IMetric
{
    public string Name => "compare_result_files";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var expected = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result) || !PythonValues.IsTruthy(expected))
        {
            return ValueTask.FromResult(0.0);
        }

        var source = PythonText.Strip(PythonText.ReadText(PythonIndexing.AsPath(call.Result)));
        var target = PythonText.Strip(PythonText.ReadText(PythonIndexing.AsPath(expected)));
        if (ValueRuleMatcher.TryPythonFloat(JsonValue.Create(target), out var targetNumber))
        {
            if (source.Contains(target, StringComparison.Ordinal))
            {
                return ValueTask.FromResult(1.0);
            }

            if (ValueRuleMatcher.TryPythonFloat(JsonValue.Create(source), out var sourceNumber))
            {
                return ValueTask.FromResult(Math.Abs(sourceNumber - targetNumber) < 1e-4 ? 1.0 : 0.0);
            }
        }

        return ValueTask.FromResult(string.Equals(source, target, StringComparison.Ordinal) ? 1.0 : 0.0);
    }
}
