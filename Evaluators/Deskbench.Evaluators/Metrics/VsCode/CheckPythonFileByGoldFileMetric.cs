using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.VsCode;

/// <summary>
/// <c>check_python_file_by_gold_file(actual_files, gold_file, **options)</c>: OSWorld's function body is <c>pass</c> (it
/// returns None, which no score above 0 can come from), so it scores 0 for every input.
/// </summary>
public sealed class CheckPythonFileByGoldFileMetric : IMetric
{
    public string Name => "check_python_file_by_gold_file";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RequireExpected(Name);
        _ = PythonValues.IsTruthy(call.Result);
        return ValueTask.FromResult(0.0);
    }
}
