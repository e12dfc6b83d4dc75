using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.General;

/// <summary>
/// <c>compare_terminal_and_txt(txt_file_path, terminal_output)</c>: 1 when the terminal text equals the file's text
/// exactly; a falsy path or terminal output → 0.
/// </summary>
public sealed class CompareTerminalAndTxtMetric : IMetric
{
    public string Name => "compare_terminal_and_txt";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var terminal = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result) || !PythonValues.IsTruthy(terminal))
        {
            return ValueTask.FromResult(0.0);
        }

        var text = PythonText.ReadText(PythonIndexing.AsPath(call.Result));
        return ValueTask.FromResult(PythonEquality.AreEqual(terminal, text) ? 1.0 : 0.0);
    }
}
