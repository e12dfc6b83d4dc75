using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Metrics;

public sealed class CheckDirectJsonObjectMetricTests
{
    private readonly CheckDirectJsonObjectMetric metric = new();

    [Fact]
    public async Task Equal_keys_score_1_and_extra_result_keys_are_ignored()
    {
        var rules = """{"expected": {"zip": "10001", "fuel_slugs[]": "electric"}}""";
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, """{"zip": "10001", "fuel_slugs[]": "electric", "x": 1}""", rules));
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, """{"zip": "10002", "fuel_slugs[]": "electric"}""", rules));
    }

    [Fact]
    public async Task A_string_result_is_parsed_after_replacing_single_quotes()
    {
        // vm_command_line output of a Python script that prints a dict.
        var result = Metric.Text("  {'a': 'x', 'b': [1, 2]}\n");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, result, Metric.Json("""{"expected": {"a": "x", "b": [1, 2]}}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, result, Metric.Json("""{"expected": {"b": [2, 1]}}""")));
    }

    [Fact]
    public async Task An_unparsable_string_raises_as_in_OSWorld()
    {
        await Assert.ThrowsAnyAsync<System.Text.Json.JsonException>(
            () => Metric.ScoreAsync(metric, Metric.Text("Traceback (most recent call last)"), Metric.Json("""{"expected": {}}""")));
    }

    [Fact]
    public async Task None_and_the_evaluation_failed_marker_score_0()
    {
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, "null", """{"expected": {"a": 1}}"""));
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, """{"a": "__EVALUATION_FAILED__"}""", """{"expected": {"a": "__EVALUATION_FAILED__"}}"""));
    }

    [Fact]
    public async Task Expect_in_result_accepts_any_listed_value()
    {
        // OSWorld task chrome/82bc8d6a (after rule_relativeTime filled in the date).
        var rules = """{"expected": {"fromStation": ["BOM"], "toStation": ["STO", "ARN"], "q": "coffee"}, "expect_in_result": true}""";
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, """{"fromStation": "BOM", "toStation": ["ARN"], "q": "drip coffee maker"}""", rules));
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, """{"fromStation": "BOM", "toStation": "OSL", "q": "drip coffee maker"}""", rules));
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, """{"fromStation": "BOM", "toStation": "STO", "q": "tea"}""", rules));
    }

    [Fact]
    public async Task Ignore_list_order_is_read_from_inside_expected_as_OSWorld_does()
    {
        var result = """{"modelList": ["b", "a"]}""";
        // Beside "expected" (where task chrome/f5d96daf puts it) the flag has no effect in OSWorld: order matters.
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, result, """{"expected": {"modelList": ["a", "b"]}, "ignore_list_order": true}"""));
        // Inside "expected", the flag key itself is compared too (sorted(True) raises) and the result is 0.
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, result, """{"expected": {"modelList": ["a", "b"], "ignore_list_order": true}}"""));
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, """{"modelList": ["a", "b"]}""", """{"expected": {"modelList": ["a", "b"]}, "ignore_list_order": true}"""));
    }

    [Fact]
    public async Task A_non_dict_result_scores_0()
    {
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, "[1, 2]", """{"expected": {"a": 1}}"""));
    }
}
