using Deskbench.Core.Results;
using Deskbench.Harness.Export;
using Deskbench.Harness.Results;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Harness.Tests.Export;

public sealed class RunStatisticsTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Success_is_over_all_suite_tasks_with_the_finished_only_figure_beside_it()
    {
        await ExportTestRun.WriteAsync(_folder.Path, ExportTestRun.Standard);

        var statistics = RunStatistics.From(Assert.Single(RunFolderReader.FindAll(_folder.Path)));

        var overall = statistics.Overall;
        Assert.Equal(6, overall.Tasks);
        Assert.Equal(3, overall.Scored);
        Assert.Equal(2.0 / 6, overall.SuccessRate, 9);
        Assert.Equal(2.0 / 3, overall.FinishedSuccessRate, 9);
        Assert.Equal(0.0968, overall.SuccessInterval.Lower, 4);
        Assert.Equal(0.7000, overall.SuccessInterval.Upper, 4);
        Assert.Equal(0.2077, overall.FinishedSuccessInterval.Lower, 4);
        Assert.Equal(0.9385, overall.FinishedSuccessInterval.Upper, 4);
        Assert.Equal(["calc", "os"], statistics.Domains.Select(d => d.Domain));
        var calc = statistics.Domains[0];
        Assert.Equal(3, calc.Tasks);
        Assert.Equal(1.0 / 3, calc.SuccessRate, 9);
        Assert.Equal(1.0, calc.FinishedSuccessRate, 9);
    }

    [Fact]
    public async Task Outcomes_steps_and_wall_time_are_counted_per_class()
    {
        await ExportTestRun.WriteAsync(_folder.Path, ExportTestRun.Standard);

        var overall = RunStatistics.From(Assert.Single(RunFolderReader.FindAll(_folder.Path))).Overall;

        Assert.Equal(3, overall.CountOf("scored"));
        Assert.Equal(1, overall.CountOf("agent_error"));
        Assert.Equal(1, overall.CountOf("infra_error"));
        Assert.Equal(1, overall.CountOf(OutcomeNames.Unfinished));
        Assert.Equal(0, overall.CountOf("timeout"));
        Assert.Equal(OutcomeNames.All.Count, overall.Outcomes.Count);
        Assert.Equal((3 + 5 + 1 + 4 + 0) / 5.0, overall.AverageSteps!.Value, 9);
        Assert.Equal(30 + 90 + 10 + 40 + 5, overall.WallSecondsTotal, 9);
        Assert.Equal(175 / 5.0, overall.WallSecondsMean!.Value, 9);
        Assert.Null(overall.InputTokens);
        Assert.Null(overall.CostUsd);
    }

    [Fact]
    public async Task Usage_in_result_json_is_summed_into_tokens_and_cost()
    {
        var store = await ExportTestRun.WriteAsync(_folder.Path, ExportTestRun.Standard);
        await ExportTestRun.AddUsageAsync(store, "calc", "d", 1000, 200, 0.5m);
        await ExportTestRun.AddUsageAsync(store, "os", "a", 10, 2, 0.25m);

        var statistics = RunStatistics.From(RunFolderReader.Read(store.RunDirectory));

        Assert.Equal(1010, statistics.Overall.InputTokens);
        Assert.Equal(202, statistics.Overall.OutputTokens);
        Assert.Equal(0.75m, statistics.Overall.CostUsd);
        Assert.Equal(1000, statistics.Domains.Single(d => d.Domain == "calc").InputTokens);
    }

    [Fact]
    public async Task A_result_folder_the_manifest_does_not_list_still_counts_and_the_suite_hash_covers_the_manifest()
    {
        var store = await ExportTestRun.WriteAsync(_folder.Path, ExportTestRun.Standard);
        var extra = store.PrepareTaskFolder("os", "extra");
        var now = DateTimeOffset.UnixEpoch;
        await store.WriteResultAsync(extra, new EpisodeResult
        {
            TaskId = "extra", Domain = "os", Status = EpisodeStatus.Scored, Score = 1, StartedAt = now, FinishedAt = now,
        }, TestContext.Current.CancellationToken);

        var run = RunFolderReader.Read(store.RunDirectory);

        Assert.Equal(7, run.Tasks.Count);
        Assert.Null(run.Tasks.Single(t => t.TaskId == "extra").ContentHash);
        Assert.Equal(SuiteHash.Compute(ExportTestRun.Standard.Select(e => (e.Id, "hash-" + e.Id))), run.SuiteHash);
    }

    [Fact]
    public void Suite_hash_ignores_order_and_changes_with_any_task_hash()
    {
        var hash = SuiteHash.Compute([("a", "1"), ("b", "2")]);

        Assert.Equal(hash, SuiteHash.Compute([("b", "2"), ("a", "1")]));
        Assert.NotEqual(hash, SuiteHash.Compute([("a", "1"), ("b", "3")]));
        // printf 'a:1\nb:2\n' | sha256sum
        Assert.Equal("6408fdc5c36df5df57957e7b230e4b48c55b06ce849303e855d52f1356f2980e", hash);
    }

    [Fact]
    public async Task A_results_root_yields_every_run_folder_and_an_empty_folder_none()
    {
        await ExportTestRun.WriteAsync(_folder.Path, ExportTestRun.Standard);
        await ExportTestRun.WriteAsync(_folder.Path, ExportTestRun.Standard.Take(2).ToList(), new RunKey("pyautogui", "a11y_tree", "other"));
        Directory.CreateDirectory(_folder.Combine("empty"));

        var runs = RunFolderReader.FindAll(_folder.Path);

        Assert.Equal(["pyautogui/a11y_tree/other", "pyautogui/screenshot/test-model"], runs.Select(r => r.Label));
        Assert.Empty(RunFolderReader.FindAll(_folder.Combine("empty")));
        Assert.Empty(RunFolderReader.FindAll(_folder.Combine("missing")));
    }

    [Fact]
    public async Task An_osworld_folder_with_only_result_txt_is_read_without_a_manifest()
    {
        var store = new ResultStore(_folder.Path, ExportTestRun.Key, NullLogger<ResultStore>.Instance);
        var task = Directory.CreateDirectory(store.GetTaskDirectory("chrome", "t9")).FullName;
        await File.WriteAllTextAsync(Path.Combine(task, "result.txt"), "0.5\n", TestContext.Current.CancellationToken);

        var run = Assert.Single(RunFolderReader.FindAll(_folder.Path));

        Assert.Null(run.Manifest);
        Assert.Null(run.SuiteHash);
        Assert.Equal(0.5, Assert.Single(run.Tasks).Score);
    }
}
