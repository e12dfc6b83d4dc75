using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>is_in_vm_clickboard(config, terminal_output)</c> (basic_os.py). Note the order: the <c>result</c> is the rule and the
/// <c>expected</c> value is the clipboard text. 1 when <c>config["expected"]</c> (or each of its items, for a list) is in it.
/// </summary>
public sealed class IsInVmClipboardMetric : IMetric
{
    public string Name => "is_in_vm_clickboard";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var terminalOutput = call.RequireExpected(Name);
        var expected = PythonIndexing.GetItem(call.Result, "expected");
        var passed = PythonValues.TypeOf(expected) == PythonType.List
            ? PythonIndexing.Iterate(expected).All(item => PythonOperators.Contains(terminalOutput, item))
            : PythonOperators.Contains(terminalOutput, expected);
        return ValueTask.FromResult(passed ? 1.0 : 0.0);
    }
}
