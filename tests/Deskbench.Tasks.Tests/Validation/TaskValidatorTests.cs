using Deskbench.Core.Tasks;
using Deskbench.Tasks.Setup;
using Deskbench.Tasks.Tests.Support;
using Deskbench.Tasks.Validation;

namespace Deskbench.Tasks.Tests.Validation;

/// <summary>
/// <see cref="TaskValidator"/>: invalid files and unsupported features are separate; unsupported names are reported as
/// "unsupported: kind 'name'" with per-feature task counts.
/// </summary>
public sealed class TaskValidatorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static SupportedFeatures Features(string[] steps, string[] getters, string[] metrics) =>
        new(steps.ToHashSet(), getters.ToHashSet(), metrics.ToHashSet());

    [Fact]
    public async Task Unknown_steps_getters_and_metrics_are_unsupported_not_invalid()
    {
        var file = _folder.Write("os/t.json", TaskJson.Minimal(
            "t",
            evaluator: """
                {"func": ["exact_match", "compare_table"], "result": [{"type": "vm_command_line"}, {"type": "vm_file"}],
                 "expected": [{"type": "rule"}, {"type": "cloud_file"}],
                 "postconfig": [{"type": "sleep", "parameters": {"seconds": 1}}, {"type": "tidy_desktop", "parameters": {}}]}
                """,
            config: """[{"type": "launch", "parameters": {"command": "x"}}, {"type": "chrome_open_tabs", "parameters": {"urls_to_open": []}}]"""));
        var supported = Features(["launch", "sleep"], ["vm_command_line", "rule"], ["exact_match"]);

        var report = await new TaskValidator().ValidateAsync(file, supported, TestContext.Current.CancellationToken);

        Assert.True(report.IsValid);
        Assert.Single(report.ValidTasks);
        Assert.Equal(0, report.RunnableTaskCount);
        Assert.Equal(
            [
                ("$.config[1].type", "unsupported: setup step 'chrome_open_tabs'"),
                ("$.evaluator.func[1]", "unsupported: metric 'compare_table'"),
                ("$.evaluator.result[1].type", "unsupported: getter 'vm_file'"),
                ("$.evaluator.expected[1].type", "unsupported: getter 'cloud_file'"),
                ("$.evaluator.postconfig[1].type", "unsupported: setup step 'tidy_desktop'"),
            ],
            report.Unsupported.Select(p => (p.JsonPath, p.Message)));
        Assert.All(report.Unsupported, p => Assert.Equal(file, p.File));
        Assert.Contains(new UnsupportedFeatureUsage(FeatureKinds.Metric, "compare_table", 1), report.UnsupportedFeatures);
    }

    [Fact]
    public async Task Infeasible_is_never_unsupported_and_a_supported_task_is_runnable()
    {
        var file = _folder.Write("os/inf.json", TaskJson.Minimal("inf", evaluator: """{"func": "infeasible"}"""));

        var report = await new TaskValidator().ValidateAsync(file, Features([], [], []), TestContext.Current.CancellationToken);

        Assert.Empty(report.Unsupported);
        Assert.Equal(1, report.RunnableTaskCount);
    }

    [Fact]
    public async Task Without_supported_features_only_structure_is_checked()
    {
        _folder.Write("os/a.json", TaskJson.Minimal("a"));
        _folder.Write("os/b.json", "{");

        var report = await new TaskValidator().ValidateAsync(_folder.Path, null, TestContext.Current.CancellationToken);

        Assert.False(report.IsValid);
        Assert.Equal(2, report.TaskFileCount);
        Assert.Single(report.Invalid);
        Assert.Empty(report.Unsupported);
        Assert.Equal([KeyValuePair.Create("os", 1)], report.TasksPerDomain);
    }

    [Fact]
    public async Task The_osworld_suite_is_valid_and_its_unsupported_features_are_counted_per_task()
    {
        var runner = SetupRunner.CreateDefault();
        var supported = new SupportedFeatures(runner.SupportedTypes.ToHashSet(), new HashSet<string>(), new HashSet<string>());

        var report = await new TaskValidator().ValidateAsync(
            Path.Combine(SuiteLocator.Osworld, "test_all.json"), supported, TestContext.Current.CancellationToken);

        Assert.True(report.IsValid);
        Assert.Equal(369, report.ValidTasks.Count);
        var usage = report.UnsupportedFeatures.ToDictionary(u => (u.Kind, u.Name), u => u.TaskCount);
        // osworld.md §3.4: compare_table is used by 60 tasks, vm_file by 217.
        Assert.Equal(60, usage[(FeatureKinds.Metric, "compare_table")]);
        Assert.Equal(217, usage[(FeatureKinds.Getter, "vm_file")]);
        Assert.DoesNotContain(usage.Keys, k => k is (FeatureKinds.SetupStep, "chrome_open_tabs"));
        Assert.DoesNotContain(usage.Keys, k => k is (FeatureKinds.SetupStep, "download" or "launch" or "execute" or "open" or "sleep"));
        Assert.DoesNotContain(usage.Keys, k => k.Name == "infeasible");
        // With no getters or metrics, only infeasible tasks whose steps are all supported can run.
        var runnable = report.ValidTasks.Count(t => t.Evaluator.IsInfeasible
            && t.Config.Concat(t.Evaluator.Postconfig).All(s => supported.SetupStepTypes.Contains(s.Type)));
        Assert.InRange(runnable, 1, 29);
        Assert.Equal(runnable, report.RunnableTaskCount);
    }
}
