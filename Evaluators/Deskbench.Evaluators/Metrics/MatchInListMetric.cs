using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary><c>match_in_list(result, rules)</c>: 1 when <c>result in rules["expected"]</c> (list membership or substring).</summary>
public sealed class MatchInListMetric : IMetric
{
    public string Name => "match_in_list";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var expected = PythonIndexing.GetItem(call.RequireExpected(Name), "expected");
        return ValueTask.FromResult(PythonOperators.Contains(expected, call.Result) ? 1.0 : 0.0);
    }
}
