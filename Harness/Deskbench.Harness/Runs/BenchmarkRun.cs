using Deskbench.Core.Agents;
using Deskbench.Core.Results;
using Deskbench.Core.Tasks;
using Deskbench.Harness.Episodes;
using Deskbench.Harness.Results;
using Deskbench.Harness.Summary;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using System.Collections.Concurrent;
using System.Reflection;

namespace Deskbench.Harness.Runs;

/// <summary>
/// Runs a list of tasks and stores their results (OSWorld's run_multienv with one environment): checks the results
/// folder is writable, skips tasks whose result.txt exists (resume), wipes and reruns the rest, retries infra errors
/// on a fresh desktop, writes run.json and args.json, and returns the summary of the listed tasks. Tasks are taken from
/// a shared queue by workers; today there is one worker (one agent, one runner). However the run ends, its scratch folder
/// under the runner's work root goes too when nothing but empty folders is left in it (unless the work is kept).
/// </summary>
public sealed class BenchmarkRun
{
    private readonly EpisodeRunner _runner;
    private readonly IAgent _agent;
    private readonly ResultStore _store;
    private readonly BenchmarkRunOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BenchmarkRun> _logger;
    private readonly IRunObserver _observer;
    private readonly ResiliencePipeline<EpisodeResult> _infraRetry;

    public BenchmarkRun(
        EpisodeRunner runner,
        IAgent agent,
        ResultStore store,
        BenchmarkRunOptions options,
        TimeProvider timeProvider,
        ILogger<BenchmarkRun> logger,
        IRunObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.InfraRetries, nameof(options.InfraRetries));
        _runner = runner;
        _agent = agent;
        _store = store;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        _observer = observer ?? NullRunObserver.Instance;
        RunId = options.RunId ?? $"{timeProvider.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid().ToString("N")[..8]}";
        _infraRetry = BuildInfraRetry(options, timeProvider);
    }

    public string RunId { get; }

    /// <summary>The Deskbench version recorded in run.json.</summary>
    public static string DeskbenchVersion { get; } =
        typeof(BenchmarkRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(BenchmarkRun).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>Runs the tasks not finished yet, in order. Throws <see cref="ResultsFolderNotWritableException"/> before any task when results cannot be written.</summary>
    public async Task<RunSummary> RunAsync(IReadOnlyList<TaskSpec> tasks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        _store.EnsureWritable();
        var unique = Deduplicate(tasks);
        var pending = new ConcurrentQueue<TaskSpec>();
        var skipped = 0;
        foreach (var task in unique)
        {
            if (_store.IsFinished(task.Domain, task.Id))
            {
                skipped++;
                _observer.EpisodeSkipped(task);
            }
            else
            {
                pending.Enqueue(task);
            }
        }

        _logger.LogInformation("Run {RunId}: {Pending} tasks to run, {Skipped} already finished", RunId, pending.Count, skipped);
        var manifest = BuildManifest(unique, skipped);
        await _store.WriteManifestAsync(manifest, cancellationToken);
        await _store.WriteOsWorldArgsAsync(BuildArgs(), cancellationToken);
        var status = "failed";
        try
        {
            await WorkerAsync(pending, cancellationToken);
            status = "finished";
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            status = "cancelled";
            throw;
        }
        finally
        {
            try
            {
                await _store.WriteManifestAsync(manifest with { Status = status, FinishedAt = _timeProvider.GetUtcNow() }, CancellationToken.None);
            }
            finally
            {
                RemoveEmptyScratchFolder();
            }
        }

        return RunSummary.FromResults(unique.Select(t => _store.TryReadResult(t.Domain, t.Id)).OfType<EpisodeResult>());
    }

    private async Task WorkerAsync(ConcurrentQueue<TaskSpec> pending, CancellationToken cancellationToken)
    {
        while (pending.TryDequeue(out var task))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await RunTaskAsync(task, cancellationToken);
        }
    }

    private async Task RunTaskAsync(TaskSpec task, CancellationToken cancellationToken)
    {
        var attempt = 0;
        TaskResultFolder? folder = null;
        var result = await _infraRetry.ExecuteAsync(
            async token =>
            {
                attempt++;
                _observer.EpisodeStarting(task, attempt);
                folder = _store.PrepareTaskFolder(task.Domain, task.Id);
                return await RunEpisodeAsync(task, folder, token);
            },
            cancellationToken);
        await _store.WriteResultAsync(folder!, result, cancellationToken);
        _logger.LogInformation("{Domain}/{TaskId}: {Status} {Score} after {Attempts} attempt(s)", task.Domain, task.Id, result.Status, result.Score, attempt);
        _observer.EpisodeFinished(task, result);
    }

    private async Task<EpisodeResult> RunEpisodeAsync(TaskSpec task, TaskResultFolder folder, CancellationToken cancellationToken)
    {
        var startedAt = _timeProvider.GetUtcNow();
        try
        {
            return await _runner.RunAsync(new EpisodeRequest(RunId, task, _agent, folder), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(ex, "The episode runner failed on {TaskId}", task.Id);
            return new EpisodeResult
            {
                TaskId = task.Id,
                Domain = task.Domain,
                Status = EpisodeStatus.InfraError,
                FinishReason = FinishReason.Error,
                Error = $"episode runner failed: {ex.GetType().Name}: {ex.Message}",
                StartedAt = startedAt,
                FinishedAt = _timeProvider.GetUtcNow(),
            };
        }
    }

    /// <summary>Deletes &lt;work root&gt;/&lt;run id&gt; when it holds only empty folders (each episode deletes its own subfolder).</summary>
    private void RemoveEmptyScratchFolder()
    {
        if (_runner.Options.KeepWorkDirectory)
        {
            return;
        }

        var folder = new DirectoryInfo(Path.Combine(_runner.Options.WorkRoot, PathSegment.Sanitize(RunId)));
        try
        {
            if (folder.Exists && folder.LinkTarget is null)
            {
                DeleteEmptyFolders(folder);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogDebug(ex, "Keeping the scratch folder {Folder}: it is not empty", folder.FullName);
        }
    }

    /// <summary>Bottom up, with rmdir only: throws <see cref="IOException"/> at the first file or symlink, which is never deleted.</summary>
    private static void DeleteEmptyFolders(DirectoryInfo folder)
    {
        foreach (var child in folder.EnumerateDirectories("*", new EnumerationOptions { AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            DeleteEmptyFolders(child);
        }

        folder.Delete(recursive: false);
    }

    private List<TaskSpec> Deduplicate(IReadOnlyList<TaskSpec> tasks)
    {
        var seen = new HashSet<(string, string)>();
        var unique = new List<TaskSpec>(tasks.Count);
        foreach (var task in tasks)
        {
            if (seen.Add((task.Domain, task.Id)))
            {
                unique.Add(task);
            }
            else
            {
                _logger.LogWarning("Task {Domain}/{TaskId} is listed twice; it runs once", task.Domain, task.Id);
            }
        }

        return unique;
    }

    private RunManifest BuildManifest(IReadOnlyList<TaskSpec> tasks, int skipped) => new()
    {
        RunId = RunId,
        StartedAt = _timeProvider.GetUtcNow(),
        Status = "running",
        Agent = _agent.Name,
        Provider = _runner.ProviderName,
        ObservationType = _store.Key.ObservationType,
        ActionSpace = _store.Key.ActionSpace,
        MaxSteps = _runner.Options.MaxSteps,
        SleepAfterExecution = _runner.Options.PauseAfterAction.TotalSeconds,
        TimeBudgetSeconds = _runner.Options.TimeBudget?.TotalSeconds,
        DeskbenchVersion = DeskbenchVersion,
        Machine = MachineInfo.Current(),
        SkippedTasks = skipped,
        Tasks = [.. tasks.Select(t => new RunManifestTask(t.Id, t.Domain, t.ContentHash, t.SourcePath))],
    };

    private OsWorldArgs BuildArgs() => new()
    {
        ActionSpace = _store.Key.ActionSpace,
        ObservationType = _store.Key.ObservationType,
        Model = _store.Key.Model,
        MaxSteps = _runner.Options.MaxSteps,
        SleepAfterExecution = _runner.Options.PauseAfterAction.TotalSeconds,
        Domain = _options.Domain,
        TestAllMetaPath = _options.TaskSetPath,
        ResultDir = _store.ResultsRoot,
        ProviderName = _runner.ProviderName,
        ScreenWidth = _runner.Options.ScreenSize.Width,
        ScreenHeight = _runner.Options.ScreenSize.Height,
    };

    private static ResiliencePipeline<EpisodeResult> BuildInfraRetry(BenchmarkRunOptions options, TimeProvider timeProvider)
    {
        var builder = new ResiliencePipelineBuilder<EpisodeResult> { TimeProvider = timeProvider };
        if (options.InfraRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<EpisodeResult>
            {
                MaxRetryAttempts = options.InfraRetries,
                Delay = options.InfraRetryDelay,
                BackoffType = DelayBackoffType.Constant,
                UseJitter = false,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.Status == EpisodeStatus.InfraError),
            });
        }

        return builder.Build();
    }
}
