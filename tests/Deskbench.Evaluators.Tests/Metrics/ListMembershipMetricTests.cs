using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Python;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Metrics;

public sealed class ListMembershipMetricTests
{
    [Fact]
    public async Task Is_in_list_passes_when_expected_is_in_the_result()
    {
        var metric = new IsInListMetric();
        var rules = """{"expected": "/home/user/Desktop/helloExtension"}""";
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, """["/opt/x", "/home/user/Desktop/helloExtension"]""", rules));
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, """["/opt/x"]""", rules));
    }

    [Fact]
    public async Task Is_in_list_raises_on_None_as_OSWorld_has_no_guard()
    {
        await Assert.ThrowsAsync<PythonErrorException>(
            () => Metric.ScoreJsonAsync(new IsInListMetric(), "null", """{"expected": "x"}"""));
    }

    [Fact]
    public async Task Match_in_list_passes_when_the_result_is_one_of_expected()
    {
        var metric = new MatchInListMetric();
        var rules = """{"expected": ["Microsoft Bing", "Bing"]}""";
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, "\"Bing\"", rules));
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, "\"Google\"", rules));
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, "null", rules));
    }
}
