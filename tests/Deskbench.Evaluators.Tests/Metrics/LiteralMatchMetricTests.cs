using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Metrics;

public sealed class LiteralMatchMetricTests
{
    private readonly LiteralMatchMetric metric = new();

    [Fact]
    public async Task Str_type_compares_python_str_forms()
    {
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, "1.0", "\"1.0\""));
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, "true", "\"True\""));
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, "1", "\"1.0\""));
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, "\"ABC\"", "\"abc\"", """{"ignore_case": true}"""));
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, "\"ABC\"", "\"abc\""));
    }

    [Fact]
    public async Task List_type_compares_item_strings_with_ignore_case()
    {
        // The form of OSWorld task multi_apps/5990457f: {"type": "list", "ignore_case": true}.
        const string options = """{"type": "list", "ignore_case": true}""";
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, """["Tianbao Xie", "1200", 5]""", """["tianbao xie", "1200", "5"]""", options));
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, """["Tianbao Xie", "1200"]""", """["tianbao xie", "1201"]""", options));
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, """["a"]""", """["a", "b"]""", options));
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, "\"a\"", """["a"]""", options));
    }

    [Fact]
    public async Task Another_type_raises()
    {
        await Assert.ThrowsAsync<NotSupportedException>(() => Metric.ScoreJsonAsync(metric, "1", "1", """{"type": "set"}"""));
    }
}
