using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary><c>exact_match(result, rules)</c>: 1 when <c>result == rules["expected"]</c> (Python equality), else 0.</summary>
public sealed class ExactMatchMetric : IMetric
{
    public string Name => "exact_match";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var expected = PythonIndexing.GetItem(call.RequireExpected(Name), "expected");
        return ValueTask.FromResult(PythonEquality.AreEqual(call.Result, expected) ? 1.0 : 0.0);
    }
}
