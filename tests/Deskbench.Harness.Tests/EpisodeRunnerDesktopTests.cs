using Deskbench.Agents;
using Deskbench.Core.Agents;
using Deskbench.Core.Results;
using Deskbench.Core.Tasks;
using Deskbench.Harness.Episodes;
using Deskbench.Harness.Results;
using Deskbench.Harness.Runs;
using Deskbench.Harness.Summary;
using Deskbench.Harness.Tests.Desktop;
using Microsoft.Extensions.Logging.Abstractions;
using System.Text.Json.Nodes;

namespace Deskbench.Harness.Tests;

/// <summary>
/// Desktop tier: the episode runner and a benchmark run against the real local provider (a fresh Xvfb session per
/// episode), the real setup runner, evaluator and action translators. Skipped, with the reason, until those parts are
/// wired into this test project (see <see cref="RealEpisodeParts"/>).
/// </summary>
public sealed class EpisodeRunnerDesktopTests : IDisposable
{
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47];
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Fail_agent_scores_one_on_an_infeasible_task_with_osworld_results()
    {
        var parts = RequireParts();
        var task = DesktopTaskFiles.Infeasible(TasksFolder(), "infeasible-fail");
        var (store, summary) = await RunAsync(parts, new FailAgent(), [task], new EpisodeRunnerOptions());

        Assert.Equal(1.0, summary.Total.Success);
        var directory = store.GetTaskDirectory("os", task.Id);
        Assert.Equal("1.0\n", await File.ReadAllTextAsync(Path.Combine(directory, "result.txt"), TestContext.Current.CancellationToken));
        var line = Assert.Single(await ReadTrajectoryAsync(directory));
        Assert.Equal(1, line["step_num"]!.GetValue<int>());
        Assert.Equal("FAIL", line["action"]!.GetValue<string>());
        Assert.True(line["done"]!.GetValue<bool>());
        Assert.True(line["info"]!["fail"]!.GetValue<bool>());
        var screenshot = await File.ReadAllBytesAsync(Path.Combine(directory, line["screenshot_file"]!.GetValue<string>()), TestContext.Current.CancellationToken);
        Assert.Equal(PngMagic, screenshot.Take(4));
        var result = store.TryReadResult("os", task.Id)!;
        Assert.Equal(FinishReason.Fail, result.FinishReason);
        Assert.Equal(1, result.Steps);
        Assert.True(result.PhaseSeconds[EpisodePhase.Environment] > 0);
        var manifest = store.TryReadManifest()!;
        Assert.Equal("finished", manifest.Status);
        Assert.Equal("local", manifest.Provider);
        Assert.Equal(task.ContentHash, Assert.Single(manifest.Tasks).ContentHash);
    }

    [Fact]
    public async Task Noop_agent_scores_zero_and_a_second_run_skips_the_finished_task()
    {
        var parts = RequireParts();
        var task = DesktopTaskFiles.Infeasible(TasksFolder(), "infeasible-noop");
        var (store, first) = await RunAsync(parts, new NoopAgent(), [task], new EpisodeRunnerOptions());
        var resultFile = Path.Combine(store.GetTaskDirectory("os", task.Id), "result.txt");
        var written = File.GetLastWriteTimeUtc(resultFile);

        var (_, second) = await RunAsync(parts, new NoopAgent(), [task], new EpisodeRunnerOptions());

        Assert.Equal(0.0, first.Total.Success);
        Assert.Equal(1, first.Total.Scored);
        Assert.Equal(1, second.Total.Scored);
        Assert.Equal(written, File.GetLastWriteTimeUtc(resultFile));
        Assert.Equal(1, store.TryReadManifest()!.SkippedTasks);
    }

    [Fact]
    public async Task Scripted_agent_types_into_a_terminal_and_the_evaluator_scores_it()
    {
        var parts = RequireParts();
        var output = Path.Combine(_folder.Path, "typed.txt");
        var task = DesktopTaskFiles.TypeIntoTerminal(TasksFolder(), "type-into-terminal", output, "deskbench-ok", """
            {"action_space": "pyautogui", "steps": ["pyautogui.typewrite('deskbench-ok')", "pyautogui.press('enter')", "WAIT"]}
            """);

        var (store, summary) = await RunAsync(parts, new ScriptedAgent(), [task], new EpisodeRunnerOptions { PauseAfterAction = TimeSpan.FromMilliseconds(200) });

        var result = store.TryReadResult("os", task.Id)!;
        Assert.True(result.Status == EpisodeStatus.Scored, result.Error);
        Assert.Equal(1.0, summary.Total.Success);
        Assert.Equal(FinishReason.Done, result.FinishReason);
        Assert.Equal(4, result.Steps);
        var lines = await ReadTrajectoryAsync(store.GetTaskDirectory("os", task.Id));
        Assert.Equal([1, 2, 3, 4], lines.Select(l => l["step_num"]!.GetValue<int>()));
        Assert.All(lines.Take(3), l => Assert.Empty(l["info"]!.AsObject()));
    }

    [Fact]
    public async Task Untranslatable_action_is_a_step_error_and_the_episode_goes_on()
    {
        var parts = RequireParts();
        var task = DesktopTaskFiles.Infeasible(TasksFolder(), "untranslatable", """
            {"action_space": "pyautogui", "steps": ["this is not python(", "FAIL"]}
            """);

        var (store, _) = await RunAsync(parts, new ScriptedAgent(), [task], new EpisodeRunnerOptions());

        var result = store.TryReadResult("os", task.Id)!;
        Assert.Equal(EpisodeStatus.Scored, result.Status);
        Assert.Equal(1.0, result.Score);
        var lines = await ReadTrajectoryAsync(store.GetTaskDirectory("os", task.Id));
        Assert.Equal(2, lines.Count);
        Assert.False(string.IsNullOrEmpty(lines[0]["info"]!["error"]?.GetValue<string>()));
        Assert.True(lines[1]["info"]!["fail"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Step_budget_ends_the_loop_and_the_task_is_still_scored()
    {
        var parts = RequireParts();
        var task = DesktopTaskFiles.Infeasible(TasksFolder(), "step-budget", """
            {"action_space": "pyautogui", "steps": ["WAIT", "WAIT", "WAIT", "FAIL"]}
            """);

        var (store, _) = await RunAsync(parts, new ScriptedAgent(), [task], new EpisodeRunnerOptions { MaxSteps = 2 });

        var result = store.TryReadResult("os", task.Id)!;
        Assert.Equal(EpisodeStatus.Scored, result.Status);
        Assert.Equal(0.0, result.Score);
        Assert.Equal(FinishReason.StepBudget, result.FinishReason);
        Assert.Equal(2, result.Steps);
        Assert.Equal(2, (await ReadTrajectoryAsync(store.GetTaskDirectory("os", task.Id))).Count);
    }

    [Fact]
    public async Task Time_budget_ends_the_loop_and_the_task_is_still_scored()
    {
        var parts = RequireParts();
        var task = DesktopTaskFiles.Infeasible(TasksFolder(), "time-budget", """
            {"action_space": "pyautogui", "steps": ["WAIT", "WAIT", "WAIT", "WAIT", "WAIT", "WAIT", "WAIT", "WAIT", "WAIT", "WAIT"]}
            """);
        var options = new EpisodeRunnerOptions { MaxSteps = 15, PauseAfterAction = TimeSpan.FromMilliseconds(400), TimeBudget = TimeSpan.FromSeconds(1) };

        var (store, _) = await RunAsync(parts, new ScriptedAgent(), [task], options);

        var result = store.TryReadResult("os", task.Id)!;
        Assert.Equal(EpisodeStatus.Scored, result.Status);
        Assert.Equal(FinishReason.TimeBudget, result.FinishReason);
        Assert.InRange(result.Steps, 1, 4);
        // Every step that started ran to the end: one traj line and screenshot per executed action.
        Assert.Equal(result.Steps, (await ReadTrajectoryAsync(store.GetTaskDirectory("os", task.Id))).Count);
    }

    [Fact]
    public async Task Agent_that_throws_is_an_agent_error_without_result_txt()
    {
        var parts = RequireParts();
        var task = DesktopTaskFiles.Infeasible(TasksFolder(), "no-solution", solutionJson: null);

        var (store, summary) = await RunAsync(parts, new ScriptedAgent(), [task], new EpisodeRunnerOptions());

        var directory = store.GetTaskDirectory("os", task.Id);
        Assert.False(File.Exists(Path.Combine(directory, "result.txt")));
        var result = store.TryReadResult("os", task.Id)!;
        Assert.Equal(EpisodeStatus.AgentError, result.Status);
        Assert.Contains("no-solution.solution.json", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, summary.Total.CountOf(EpisodeStatus.AgentError));
        var error = Assert.Single(await ReadTrajectoryAsync(directory));
        Assert.StartsWith("os/no-solution - ", error["Error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static EpisodeParts RequireParts()
    {
        if (RealEpisodeParts.Parts is not { } parts)
        {
            Assert.Skip(RealEpisodeParts.Problem ?? "desktop tier unavailable");
            throw new InvalidOperationException("unreachable");
        }

        return parts;
    }

    private string TasksFolder() => Directory.CreateDirectory(_folder.Combine("tasks")).FullName;

    private async Task<(ResultStore Store, RunSummary Summary)> RunAsync(
        EpisodeParts parts, IAgent agent, IReadOnlyList<TaskSpec> tasks, EpisodeRunnerOptions options)
    {
        await using var _ = agent;
        var runner = new EpisodeRunner(
            parts.Provider, parts.SetupRunner, parts.Evaluator, parts.Assets, parts.Translators,
            options with { WorkRoot = _folder.Combine("work") },
            TimeProvider.System,
            NullLogger<EpisodeRunner>.Instance);
        var store = new ResultStore(_folder.Combine("results"), new RunKey("pyautogui", "screenshot", agent.Name), NullLogger<ResultStore>.Instance);
        var run = new BenchmarkRun(runner, agent, store, new BenchmarkRunOptions { InfraRetries = 0 }, TimeProvider.System, NullLogger<BenchmarkRun>.Instance);
        var summary = await run.RunAsync(tasks, TestContext.Current.CancellationToken);
        return (store, summary);
    }

    private static async Task<List<JsonNode>> ReadTrajectoryAsync(string taskDirectory)
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(taskDirectory, "traj.jsonl"), TestContext.Current.CancellationToken);
        return [.. lines.Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!)];
    }
}
