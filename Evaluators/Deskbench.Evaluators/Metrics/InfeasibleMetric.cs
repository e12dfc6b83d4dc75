namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>infeasible</c>: registered so task validation accepts it. <see cref="OsWorldTaskEvaluator"/> scores infeasible tasks
/// itself (1 iff the last action is FAIL); calling it as a metric is an error, as calling OSWorld's <c>infeasible()</c> with
/// arguments is.
/// </summary>
public sealed class InfeasibleMetric : IMetric
{
    public const string MetricName = "infeasible";

    public string Name => MetricName;

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken) =>
        throw new MetricArgumentException("infeasible() is scored by the evaluator from the last action, not called as a metric");
}
