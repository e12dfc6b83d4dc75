using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Metrics;

public sealed class ExactMatchMetricTests
{
    private readonly ExactMatchMetric metric = new();

    [Fact]
    public async Task Equal_command_output_scores_1()
    {
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, "\"false\\n\"", """{"expected": "false\n"}"""));
    }

    [Fact]
    public async Task Output_without_the_trailing_newline_scores_0()
    {
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, "\"false\"", """{"expected": "false\n"}"""));
    }

    [Fact]
    public async Task Python_equality_holds_across_int_float_and_bool()
    {
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, "1", """{"expected": 1.0}"""));
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, "true", """{"expected": 1}"""));
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, "\"true\"", """{"expected": true}"""));
    }

    [Fact]
    public async Task None_result_scores_0_against_a_value()
    {
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, "null", """{"expected": "x"}"""));
    }

    [Fact]
    public async Task Lists_compare_in_order()
    {
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, """["a", "b"]""", """{"expected": ["a", "b"]}"""));
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, """["b", "a"]""", """{"expected": ["a", "b"]}"""));
    }

    [Fact]
    public async Task Rules_without_expected_raise_like_a_KeyError()
    {
        await Assert.ThrowsAsync<Deskbench.Evaluators.Python.PythonErrorException>(() => Metric.ScoreJsonAsync(metric, "\"x\"", """{"other": 1}"""));
    }

    [Fact]
    public async Task An_unknown_option_raises_like_an_unexpected_keyword_argument()
    {
        await Assert.ThrowsAsync<MetricArgumentException>(
            () => Metric.ScoreJsonAsync(metric, "\"x\"", """{"expected": "x"}""", """{"ignore_case": true}"""));
    }
}
