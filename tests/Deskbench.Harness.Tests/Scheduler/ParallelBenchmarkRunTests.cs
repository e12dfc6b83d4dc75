using Deskbench.Agents;
using Deskbench.Core.Results;
using Deskbench.Core.Tasks;
using Deskbench.Harness.Episodes;
using Deskbench.Harness.Results;
using Deskbench.Harness.Runs;
using Deskbench.Harness.Tests.Desktop;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Harness.Tests.Scheduler;

/// <summary>
/// The run's scheduler: N workers, each with its own agent, reading a bounded queue (desktop tier for the episodes:
/// the real local provider); resume with and without rerunning errors; every attempt recorded in result.json.
/// </summary>
public sealed class ParallelBenchmarkRunTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Two_workers_run_episodes_side_by_side_each_with_its_own_agent()
    {
        var parts = RequireParts();
        var tasks = Enumerable.Range(1, 4).Select(i => DesktopTaskFiles.Infeasible(TasksFolder(), $"parallel-{i}")).ToList();
        var agents = new CountingAgentFactory();
        var observer = new ConcurrencyRecordingObserver();

        var (run, store) = CreateRun(parts, agents, new BenchmarkRunOptions { InfraRetries = 0, Parallelism = 2 }, observer);
        var summary = await run.RunAsync(tasks, TestContext.Current.CancellationToken);

        Assert.Equal(4, summary.Total.Tasks);
        Assert.Equal(4.0, summary.Total.Success);
        Assert.Equal(2, agents.Created);
        Assert.Equal(2, agents.Disposed);
        Assert.Equal(2, observer.MaxRunning);
        var results = tasks.Select(t => store.TryReadResult(t.Domain, t.Id)!).ToList();
        Assert.All(results, r => Assert.Equal(1, Assert.Single(r.Attempts).Attempt));
        Assert.True(
            results.Any(a => results.Any(b => a != b && a.StartedAt < b.FinishedAt && b.StartedAt < a.FinishedAt)),
            "no two episodes overlapped in time: " + string.Join(", ", results.Select(r => $"{r.TaskId} {r.StartedAt:HH:mm:ss.fff}-{r.FinishedAt:HH:mm:ss.fff}")));
        Assert.Equal("finished", store.TryReadManifest()!.Status);
    }

    [Fact]
    public async Task More_workers_than_tasks_create_only_one_agent_per_task()
    {
        var parts = RequireParts();
        var task = DesktopTaskFiles.Infeasible(TasksFolder(), "single");
        var agents = new CountingAgentFactory();

        var (run, _) = CreateRun(parts, agents, new BenchmarkRunOptions { InfraRetries = 0, Parallelism = 3 });
        var summary = await run.RunAsync([task], TestContext.Current.CancellationToken);

        Assert.Equal(1.0, summary.Total.Success);
        Assert.Equal(1, agents.Created);
    }

    [Fact]
    public async Task A_resume_skips_errors_unless_asked_and_a_rerun_appends_its_attempt()
    {
        var parts = RequireParts();
        var store = CreateStore();
        var ct = TestContext.Current.CancellationToken;
        TaskSpec[] tasks =
        [
            DesktopTaskFiles.Infeasible(TasksFolder(), "was-infra"),
            DesktopTaskFiles.Infeasible(TasksFolder(), "was-eval"),
            DesktopTaskFiles.Infeasible(TasksFolder(), "was-agent"),
        ];
        await store.WriteResultAsync(store.PrepareTaskFolder("os", "was-infra"), TestTasks.Result("was-infra", "os", EpisodeStatus.InfraError) with { Error = "guest died" }, ct);
        await store.WriteResultAsync(store.PrepareTaskFolder("os", "was-eval"), TestTasks.Result("was-eval", "os", EpisodeStatus.EvalError), ct);
        await store.WriteResultAsync(store.PrepareTaskFolder("os", "was-agent"), TestTasks.Result("was-agent", "os", EpisodeStatus.AgentError), ct);

        // Without --rerun-errors every task is final: no episode runs.
        var observer = new ConcurrencyRecordingObserver();
        var (plain, _) = CreateRun(parts, new CountingAgentFactory(), new BenchmarkRunOptions { InfraRetries = 0 }, observer, store);
        var summary = await plain.RunAsync(tasks, ct);
        Assert.Equal(["was-infra", "was-eval", "was-agent"], observer.Skipped);
        Assert.Empty(observer.Finished);
        Assert.Equal(1, summary.Total.CountOf(EpisodeStatus.InfraError));
        Assert.Empty(store.TryReadResult("os", "was-infra")!.Attempts);

        // With --rerun-errors the infra and eval errors run again on a desktop; the agent error stays.
        observer = new ConcurrencyRecordingObserver();
        var (rerun, _) = CreateRun(parts, new CountingAgentFactory(), new BenchmarkRunOptions { InfraRetries = 0, RerunErrors = true, Parallelism = 2 }, observer, store);
        summary = await rerun.RunAsync(tasks, ct);

        Assert.Equal(["was-agent"], observer.Skipped);
        Assert.Equal(2, summary.Total.CountOf(EpisodeStatus.Scored));
        var infra = store.TryReadResult("os", "was-infra")!;
        Assert.Equal(1.0, infra.Score);
        Assert.Collection(
            infra.Attempts,
            first => Assert.Equal((1, EpisodeStatus.InfraError, "guest died"), (first.Attempt, first.Status, first.Error)),
            second => Assert.Equal((2, EpisodeStatus.Scored), (second.Attempt, second.Status)));
        Assert.Equal(EpisodeStatus.AgentError, store.TryReadResult("os", "was-agent")!.Status);
    }

    [Fact]
    public void One_shared_agent_cannot_serve_parallel_workers()
    {
        var agent = new NoopAgent();
        var error = Assert.Throws<ArgumentException>(() => new BenchmarkRun(
            null!, agent, CreateStore(), new BenchmarkRunOptions { Parallelism = 2 }, TimeProvider.System, NullLogger<BenchmarkRun>.Instance));
        Assert.Contains("agent factory", error.Message, StringComparison.Ordinal);
    }

    private static EpisodeParts RequireParts()
    {
        if (RealEpisodeParts.Parts is { } parts)
        {
            return parts;
        }

        Assert.Skip(RealEpisodeParts.Problem ?? "desktop tier unavailable");
        throw new InvalidOperationException("unreachable");
    }

    private string TasksFolder() => Directory.CreateDirectory(_folder.Combine("tasks")).FullName;

    private ResultStore CreateStore() =>
        new(_folder.Combine("results"), new RunKey("pyautogui", "screenshot", FailAgent.AgentName), NullLogger<ResultStore>.Instance);

    private (BenchmarkRun Run, ResultStore Store) CreateRun(
        EpisodeParts parts, CountingAgentFactory agents, BenchmarkRunOptions options, IRunObserver? observer = null, ResultStore? store = null)
    {
        var runner = new EpisodeRunner(
            parts.Provider, parts.SetupRunner, parts.Evaluator, parts.Assets, parts.Translators,
            new EpisodeRunnerOptions { WorkRoot = _folder.Combine("work") },
            TimeProvider.System,
            NullLogger<EpisodeRunner>.Instance);
        store ??= CreateStore();
        return (new BenchmarkRun(runner, agents.Create, store, options, TimeProvider.System, NullLogger<BenchmarkRun>.Instance, observer), store);
    }
}
