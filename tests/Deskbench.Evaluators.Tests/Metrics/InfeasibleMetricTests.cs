using Deskbench.Evaluators.Metrics;

namespace Deskbench.Evaluators.Tests.Metrics;

public sealed class InfeasibleMetricTests
{
    [Fact]
    public void Infeasible_is_registered_for_validation()
    {
        Assert.Contains("infeasible", MetricRegistry.CreateDefault().Names);
    }

    [Fact]
    public async Task Calling_it_as_a_metric_is_an_error()
    {
        await Assert.ThrowsAsync<MetricArgumentException>(
            () => new InfeasibleMetric().EvaluateAsync(MetricCall.ResultOnly(null), TestContext.Current.CancellationToken).AsTask());
    }
}
