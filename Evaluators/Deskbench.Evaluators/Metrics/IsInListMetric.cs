using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>is_in_list(result, rules)</c>: 1 when <c>rules["expected"] in result</c>. There is no None guard in OSWorld: a None
/// result raises (an evaluation error).
/// </summary>
public sealed class IsInListMetric : IMetric
{
    public string Name => "is_in_list";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var expected = PythonIndexing.GetItem(call.RequireExpected(Name), "expected");
        return ValueTask.FromResult(PythonOperators.Contains(call.Result, expected) ? 1.0 : 0.0);
    }
}
