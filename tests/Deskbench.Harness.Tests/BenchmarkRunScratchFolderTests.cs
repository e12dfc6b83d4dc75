using Deskbench.Agents;
using Deskbench.Core.Agents;
using Deskbench.Core.Tasks;
using Deskbench.Harness.Episodes;
using Deskbench.Harness.Results;
using Deskbench.Harness.Runs;
using Deskbench.Harness.Tests.Desktop;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Harness.Tests;

/// <summary>
/// Desktop tier: a benchmark run on the real local provider leaves no empty &lt;work root&gt;/&lt;run id&gt; folder behind,
/// whether it finishes or is cancelled, and keeps it when the work is kept.
/// </summary>
public sealed class BenchmarkRunScratchFolderTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string WorkRoot => _folder.Combine("work");

    [Fact]
    public async Task A_finished_run_leaves_no_empty_run_folder()
    {
        var parts = RequireParts();
        var task = DesktopTaskFiles.Infeasible(TasksFolder(), "scratch-finished");

        await using var agent = new FailAgent();
        var (run, store) = CreateRun(parts, agent, new EpisodeRunnerOptions());
        var summary = await run.RunAsync([task], TestContext.Current.CancellationToken);

        Assert.Equal(1.0, summary.Total.Success);
        Assert.Equal("finished", store.TryReadManifest()!.Status);
        Assert.True(Directory.Exists(WorkRoot), "the episode ran under the work root");
        Assert.Empty(Directory.GetFileSystemEntries(WorkRoot));
    }

    [Fact]
    public async Task A_cancelled_run_leaves_no_empty_run_folder()
    {
        var parts = RequireParts();
        var tasks = new[] { DesktopTaskFiles.Infeasible(TasksFolder(), "scratch-first"), DesktopTaskFiles.Infeasible(TasksFolder(), "scratch-second") };
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        await using var agent = new FailAgent();
        var (run, store) = CreateRun(parts, agent, new EpisodeRunnerOptions(), new CancellingRunObserver("scratch-second", cancellation));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.RunAsync(tasks, cancellation.Token));

        Assert.Equal("cancelled", store.TryReadManifest()!.Status);
        Assert.NotNull(store.TryReadResult("os", "scratch-first"));
        Assert.True(Directory.Exists(WorkRoot), "the episodes ran under the work root");
        Assert.Empty(Directory.GetFileSystemEntries(WorkRoot));
    }

    [Fact]
    public async Task A_run_that_keeps_its_work_keeps_its_run_folder()
    {
        var parts = RequireParts();
        var task = DesktopTaskFiles.Infeasible(TasksFolder(), "scratch-kept");

        await using var agent = new FailAgent();
        var (run, _) = CreateRun(parts, agent, new EpisodeRunnerOptions { KeepWorkDirectory = true });
        await run.RunAsync([task], TestContext.Current.CancellationToken);

        Assert.True(Directory.Exists(Path.Combine(WorkRoot, PathSegment.Sanitize(run.RunId), task.Id)), "the kept episode folder is still there");
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

    private (BenchmarkRun Run, ResultStore Store) CreateRun(EpisodeParts parts, IAgent agent, EpisodeRunnerOptions options, IRunObserver? observer = null)
    {
        var runner = new EpisodeRunner(
            parts.Provider, parts.SetupRunner, parts.Evaluator, parts.Assets, parts.Translators,
            options with { WorkRoot = WorkRoot },
            TimeProvider.System,
            NullLogger<EpisodeRunner>.Instance);
        var store = new ResultStore(_folder.Combine("results"), new RunKey("pyautogui", "screenshot", agent.Name), NullLogger<ResultStore>.Instance);
        var run = new BenchmarkRun(runner, agent, store, new BenchmarkRunOptions { InfraRetries = 0 }, TimeProvider.System, NullLogger<BenchmarkRun>.Instance, observer);
        return (run, store);
    }
}
