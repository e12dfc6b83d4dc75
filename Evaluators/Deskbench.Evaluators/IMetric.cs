namespace Deskbench.Evaluators;

/// <summary>
/// One OSWorld metric (a function of <c>desktop_env.evaluators.metrics</c>): compares a result with an expected value.
/// A metric that crashes in OSWorld throws (the evaluator turns it into an evaluation error, not a score).
/// </summary>
public interface IMetric
{
    /// <summary>The metric's name in a task's <c>func</c>.</summary>
    string Name { get; }

    ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken);
}
