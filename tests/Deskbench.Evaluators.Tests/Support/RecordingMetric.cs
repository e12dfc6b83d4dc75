namespace Deskbench.Evaluators.Tests.Support;

/// <summary>A metric that returns a fixed score and records each call (to see whether and how the evaluator called it).</summary>
public sealed class RecordingMetric(string name, double score) : IMetric
{
    public string Name { get; } = name;

    public List<MetricCall> Calls { get; } = [];

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        Calls.Add(call);
        return ValueTask.FromResult(score);
    }
}
