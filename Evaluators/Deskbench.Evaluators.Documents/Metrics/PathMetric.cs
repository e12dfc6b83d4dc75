using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// A metric of a result path and an optional second argument (expected path or rules): a None result scores 0, otherwise
/// the function decides. Used for OSWorld's small single-purpose checks.
/// </summary>
public sealed class PathMetric : IMetric
{
    private readonly Func<string, MetricCall, double> score;
    private readonly bool needsExpected;

    internal PathMetric(string name, bool needsExpected, Func<string, MetricCall, double> score)
    {
        Name = name;
        this.needsExpected = needsExpected;
        this.score = score;
    }

    public string Name { get; }

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        if (needsExpected)
        {
            call.RequireExpected(Name);
        }

        var path = PythonValues.AsString(call.Result);
        return ValueTask.FromResult(path is null ? 0.0 : score(path, call));
    }
}
