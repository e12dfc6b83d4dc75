using Deskbench.Core.Actions;
using Deskbench.Core.Evaluation;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Evaluation;

public sealed class OsWorldTaskEvaluatorTests : IDisposable
{
    // Result/expected pairs through the rule getter (no guest needed).
    private const string Exact1 = """{"type": "rule", "rules": "x"}""";
    private const string Exact1Expected = """{"type": "rule", "rules": {"expected": "x"}}""";
    private const string Exact0Expected = """{"type": "rule", "rules": {"expected": "y"}}""";
    private const string Fuzzy = """{"type": "rule", "rules": "abcd"}""";
    private const string Fuzzy075Expected = """{"type": "rule", "rules": {"expected": "abed"}}""";

    private readonly EvaluatorTestBed bed = new();
    private readonly RecordingMetric never = new("never_called", 1.0);
    private readonly RecordingMetric half = new("half", 0.5);

    private OsWorldTaskEvaluator Evaluator() => new(
        GetterRegistry.CreateDefault().Add(new MissingFileGetter()),
        MetricRegistry.CreateDefault().Add(never).Add(half));

    private Task<EvaluationResult> EvaluateAsync(string evaluatorJson, params AgentAction[] actions) =>
        bed.EvaluateAsync(TaskSpecs.FromEvaluator(evaluatorJson), actions.Length == 0 ? null : actions, evaluator: Evaluator());

    [Fact]
    public async Task And_takes_the_mean_of_the_metrics()
    {
        var result = await EvaluateAsync($$$"""
            {"func": ["exact_match", "fuzzy_match"], "conj": "and",
             "result": [{{{Exact1}}}, {{{Fuzzy}}}], "expected": [{{{Exact1Expected}}}, {{{Fuzzy075Expected}}}]}
            """);
        Assert.Equal(0.875, result.Score, 12);
        Assert.Equal(["exact_match", "fuzzy_match"], result.Metrics.Select(m => m.Metric));
        Assert.Equal(0.75, result.Metrics[1].Score, 12);
    }

    [Fact]
    public async Task And_is_the_default_conj_and_stops_at_the_first_0()
    {
        var result = await EvaluateAsync($$$"""
            {"func": ["exact_match", "never_called"], "result": [{{{Exact1}}}, {{{Exact1}}}], "expected": [{{{Exact0Expected}}}, {{{Exact1Expected}}}]}
            """);
        Assert.Equal(0.0, result.Score);
        Assert.Single(result.Metrics);
        Assert.Empty(never.Calls);
    }

    [Fact]
    public async Task Or_stops_at_the_first_1()
    {
        var result = await EvaluateAsync($$$"""
            {"func": ["fuzzy_match", "exact_match", "never_called"], "conj": "or",
             "result": [{{{Fuzzy}}}, {{{Exact1}}}, {{{Exact1}}}], "expected": [{{{Fuzzy075Expected}}}, {{{Exact1Expected}}}, {{{Exact1Expected}}}]}
            """);
        Assert.Equal(1.0, result.Score);
        Assert.Equal(2, result.Metrics.Count);
        Assert.Empty(never.Calls);
    }

    [Fact]
    public async Task Or_takes_the_max_when_no_metric_scores_1()
    {
        var result = await EvaluateAsync($$$"""
            {"func": ["half", "fuzzy_match", "exact_match"], "conj": "or",
             "result": [{{{Exact1}}}, {{{Fuzzy}}}, {{{Exact1}}}], "expected": [{{{Exact1Expected}}}, {{{Fuzzy075Expected}}}, {{{Exact0Expected}}}]}
            """);
        Assert.Equal(0.75, result.Score, 12);
        Assert.Equal(3, result.Metrics.Count);
    }

    [Fact]
    public async Task Infeasible_scores_1_only_when_the_last_action_is_FAIL()
    {
        const string infeasible = """{"func": "infeasible"}""";
        Assert.Equal(1.0, (await EvaluateAsync(infeasible, AgentAction.FromCode("pyautogui.click(1, 1)"), AgentAction.FromCode("FAIL"))).Score);
        Assert.Equal(1.0, (await EvaluateAsync(infeasible, new AgentAction(Metric.Json("""{"action_type": "FAIL"}""")!))).Score);
        Assert.Equal(0.0, (await EvaluateAsync(infeasible, AgentAction.FromCode("FAIL"), AgentAction.FromCode("DONE"))).Score);
        Assert.Equal(0.0, (await EvaluateAsync(infeasible, AgentAction.FromCode("DONE"))).Score);
    }

    [Fact]
    public async Task Infeasible_with_empty_getter_placeholders_is_scored_from_the_last_action()
    {
        // WAA writes {"func": "infeasible", "result": {}, "expected": {}}.
        var result = await EvaluateAsync("""{"func": "infeasible", "result": {}, "expected": {}}""", AgentAction.FromCode("FAIL"));
        Assert.Equal(1.0, result.Score);
        Assert.Equal("infeasible", result.Metrics.Single().Metric);
    }

    [Fact]
    public async Task A_last_action_FAIL_zeroes_a_feasible_task()
    {
        var task = $$$"""{"func": "exact_match", "result": {{{Exact1}}}, "expected": {{{Exact1Expected}}}}""";
        Assert.Equal(1.0, (await EvaluateAsync(task, AgentAction.FromCode("DONE"))).Score);
        Assert.Equal(0.0, (await EvaluateAsync(task, AgentAction.FromCode("FAIL"))).Score);
    }

    [Fact]
    public async Task A_result_file_not_found_scores_a_single_metric_0()
    {
        var result = await EvaluateAsync("""{"func": "never_called", "result": {"type": "missing_file", "path": "/x"}}""");
        Assert.Equal(0.0, result.Score);
        Assert.Empty(never.Calls);
        Assert.Contains("/x", result.Metrics.Single().Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_result_file_not_found_ends_an_and_list_with_0()
    {
        var result = await EvaluateAsync($$$"""
            {"func": ["half", "never_called"], "result": [{"type": "missing_file"}, {{{Exact1}}}]}
            """);
        Assert.Equal(0.0, result.Score);
        Assert.Empty(half.Calls);
        Assert.Empty(never.Calls);
    }

    [Fact]
    public async Task Under_or_a_result_file_not_found_scores_that_metric_0_and_goes_on()
    {
        var result = await EvaluateAsync($$$"""
            {"func": ["half", "exact_match"], "conj": "or",
             "result": [{"type": "missing_file"}, {{{Exact1}}}], "expected": [null, {{{Exact1Expected}}}]}
            """);
        Assert.Equal(1.0, result.Score);
        Assert.Equal([0.0, 1.0], result.Metrics.Select(m => m.Score));
        Assert.Empty(half.Calls);
    }

    [Fact]
    public async Task An_expected_getter_file_not_found_is_an_evaluation_error()
    {
        await Assert.ThrowsAsync<EvaluationException>(() => EvaluateAsync(
            $$$"""{"func": "exact_match", "result": {{{Exact1}}}, "expected": {"type": "missing_file"}}"""));
    }

    [Fact]
    public async Task Unknown_metric_or_getter_is_unsupported_before_postconfig_runs()
    {
        // NoStepsSetupRunner would throw InvalidOperationException if the postconfig step were run.
        var metric = await Assert.ThrowsAsync<Core.Tasks.UnsupportedFeatureException>(() => EvaluateAsync($$$"""
            {"func": "compare_table", "result": {{{Exact1}}}, "postconfig": [{"type": "sleep", "parameters": {"seconds": 1}}]}
            """));
        Assert.Equal(("metric", "compare_table"), (metric.Kind, metric.Name));
        var getter = await Assert.ThrowsAsync<Core.Tasks.UnsupportedFeatureException>(() => EvaluateAsync(
            """{"func": "exact_match", "result": {"type": "googledrive_file"}, "expected": {"type": "rule", "rules": {"expected": 1}}}"""));
        Assert.Equal(("getter", "googledrive_file"), (getter.Kind, getter.Name));
    }

    [Fact]
    public async Task A_crashing_metric_is_an_evaluation_error_not_a_score()
    {
        // is_in_list has no None guard in OSWorld: "x" in None raises TypeError.
        var error = await Assert.ThrowsAsync<EvaluationException>(() => EvaluateAsync(
            """{"func": "is_in_list", "result": {"type": "rule", "rules": null}, "expected": {"type": "rule", "rules": {"expected": "x"}}}"""));
        Assert.Contains("is_in_list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_expected_the_metric_gets_only_the_result_and_its_options()
    {
        var result = await EvaluateAsync($$$"""{"func": "half", "result": {{{Exact1}}}, "options": {"threshold": 3}}""");
        Assert.Equal(0.5, result.Score);
        var call = half.Calls.Single();
        Assert.False(call.HasExpected);
        Assert.Equal("x", call.Result!.GetValue<string>());
        Assert.Equal(3, call.Options["threshold"]!.GetValue<int>());
    }

    [Fact]
    public async Task List_options_are_per_metric_with_null_placeholders_as_empty()
    {
        var result = await EvaluateAsync($$$"""
            {"func": ["half", "half"], "result": [{{{Exact1}}}, {{{Exact1}}}], "options": [null, {"rules": []}]}
            """);
        Assert.Equal(0.5, result.Score);
        Assert.Empty(half.Calls[0].Options);
        Assert.True(half.Calls[1].Options.ContainsKey("rules"));
    }

    [Fact]
    public async Task Mismatched_list_lengths_are_an_evaluation_error()
    {
        await Assert.ThrowsAsync<EvaluationException>(() => EvaluateAsync($$$"""
            {"func": ["half", "half"], "result": [{{{Exact1}}}]}
            """));
    }

    [Fact]
    public async Task Postconfig_runs_before_the_getters()
    {
        var task = TaskSpecs.FromEvaluator("""
            {"func": "check_list",
             "result": {"type": "cache_file", "path": "wmctrl.out"},
             "expected": {"type": "rule", "rules": {"expect": ["\\bOSWorld\\b"]}},
             "postconfig": [{"type": "write_cache", "parameters": {"name": "wmctrl.out", "text": "0x01 Nautilus OSWorld\n"}}]}
            """);
        var runner = new CacheWritingSetupRunner();
        var result = await bed.EvaluateAsync(task, setupRunner: runner);
        Assert.Equal(["write_cache"], runner.Ran);
        Assert.Equal(1.0, result.Score);
    }

    [Fact]
    public async Task A_failing_postconfig_step_is_an_evaluation_error()
    {
        var task = TaskSpecs.FromEvaluator($$$"""
            {"func": "exact_match", "result": {{{Exact1}}}, "expected": {{{Exact1Expected}}},
             "postconfig": [{"type": "activate_window", "parameters": {"window_name": "x"}}]}
            """);
        var error = await Assert.ThrowsAsync<EvaluationException>(() => bed.EvaluateAsync(task, setupRunner: new CacheWritingSetupRunner()));
        Assert.IsType<Core.Setup.SetupStepException>(error.InnerException);
    }

    [Fact]
    public void Supported_names_list_the_registries()
    {
        var evaluator = Evaluator();
        Assert.Contains("vm_file", evaluator.SupportedGetters);
        Assert.Contains("missing_file", evaluator.SupportedGetters);
        Assert.Contains("check_include_exclude", evaluator.SupportedMetrics);
        Assert.Contains("half", evaluator.SupportedMetrics);
        Assert.DoesNotContain("compare_table", evaluator.SupportedMetrics);
    }

    public void Dispose() => bed.Dispose();
}
