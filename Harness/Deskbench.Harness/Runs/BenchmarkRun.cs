using Deskbench.Core.Agents;
using Deskbench.Core.Results;
using Deskbench.Core.Tasks;
using Deskbench.Harness.Episodes;
using Deskbench.Harness.Logging;
using Deskbench.Harness.Results;
using Deskbench.Harness.Summary;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using System.Reflection;

namespace Deskbench.Harness.Runs;

/// <summary>
/// Runs a list of tasks and stores their results (OSWorld's run_multienv): checks the results folder is writable, skips
/// finished tasks (resume, see <see cref="ResumeRule"/>), wipes and reruns the rest, retries infra errors on a fresh
/// desktop, records every attempt, writes run.json and args.json, and returns the summary of the listed tasks. Tasks go
/// through a bounded queue to <see cref="BenchmarkRunOptions.Parallelism"/> workers, each with its own agent and one
/// episode (one desktop) at a time. However the run ends, its scratch folder under the runner's work root goes too when
/// nothing but empty folders is left in it (unless the work is kept).
/// </summary>
public sealed class BenchmarkRun
{
    private readonly EpisodeRunner _runner;
    private readonly Func<IAgent> _createAgent;
    private readonly bool _ownsAgents;
    private readonly ResultStore _store;
    private readonly BenchmarkRunOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BenchmarkRun> _logger;
    private readonly IRunObserver _observer;
    private readonly ResiliencePipeline<EpisodeResult> _infraRetry;

    /// <summary>A run with one given agent (not disposed by the run); <see cref="BenchmarkRunOptions.Parallelism"/> must be 1.</summary>
    public BenchmarkRun(
        EpisodeRunner runner,
        IAgent agent,
        ResultStore store,
        BenchmarkRunOptions options,
        TimeProvider timeProvider,
        ILogger<BenchmarkRun> logger,
        IRunObserver? observer = null)
        : this(runner, () => agent, ownsAgents: false, store, options, timeProvider, logger, observer)
    {
        if (options.Parallelism != 1)
        {
            throw new ArgumentException("an agent serves one episode at a time: a parallel run needs an agent factory", nameof(options));
        }
    }

    /// <summary>A run that creates one agent per worker with <paramref name="createAgent"/> and disposes them at the end.</summary>
    public BenchmarkRun(
        EpisodeRunner runner,
        Func<IAgent> createAgent,
        ResultStore store,
        BenchmarkRunOptions options,
        TimeProvider timeProvider,
        ILogger<BenchmarkRun> logger,
        IRunObserver? observer = null)
        : this(runner, createAgent, ownsAgents: true, store, options, timeProvider, logger, observer)
    {
    }

    private BenchmarkRun(
        EpisodeRunner runner,
        Func<IAgent> createAgent,
        bool ownsAgents,
        ResultStore store,
        BenchmarkRunOptions options,
        TimeProvider timeProvider,
        ILogger<BenchmarkRun> logger,
        IRunObserver? observer)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(createAgent);
        ArgumentOutOfRangeException.ThrowIfNegative(options.InfraRetries, nameof(options.InfraRetries));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Parallelism, 1, nameof(options.Parallelism));
        _runner = runner;
        _createAgent = createAgent;
        _ownsAgents = ownsAgents;
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

    /// <summary>Runs the tasks not finished yet. Throws <see cref="ResultsFolderNotWritableException"/> before any task when results cannot be written.</summary>
    public Task<RunSummary> RunAsync(IReadOnlyList<TaskSpec> tasks, CancellationToken cancellationToken) =>
        RunAsync(tasks, CancellationToken.None, cancellationToken);

    /// <summary>
    /// Runs the tasks not finished yet. When <paramref name="stopTakingTasks"/> fires, no further task starts and the
    /// running episodes finish; the run then throws <see cref="OperationCanceledException"/> if tasks were left.
    /// <paramref name="abort"/> cancels the running episodes too (their desktops are disposed).
    /// </summary>
    public async Task<RunSummary> RunAsync(IReadOnlyList<TaskSpec> tasks, CancellationToken stopTakingTasks, CancellationToken abort)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        _store.EnsureWritable();
        var unique = Deduplicate(tasks);
        var pending = new List<TaskSpec>();
        var skipped = 0;
        foreach (var task in unique)
        {
            if (_store.IsFinished(task.Domain, task.Id) || !ResumeRule.ShouldRun(_store.TryReadResult(task.Domain, task.Id), _options.RerunErrors))
            {
                skipped++;
                _observer.EpisodeSkipped(task);
            }
            else
            {
                pending.Add(task);
            }
        }

        var workerCount = Math.Max(1, Math.Min(_options.Parallelism, pending.Count));
        _logger.LogInformation("Run {RunId}: {Pending} tasks to run on {Workers} worker(s), {Skipped} already finished", RunId, pending.Count, workerCount, skipped);
        var agents = new List<IAgent>(workerCount);
        var status = "failed";
        try
        {
            for (var i = 0; i < workerCount; i++)
            {
                agents.Add(_createAgent());
            }

            var manifest = BuildManifest(unique, skipped, agents[0].Name);
            await _store.WriteManifestAsync(manifest, abort);
            await _store.WriteOsWorldArgsAsync(BuildArgs(), abort);
            try
            {
                var completed = await BoundedTaskQueue.RunAsync(pending, agents, RunTaskAsync, stopTakingTasks, abort);
                if (completed < pending.Count)
                {
                    status = "cancelled";
                    throw new OperationCanceledException("the run stopped taking tasks", stopTakingTasks);
                }

                status = "finished";
            }
            catch (Exception) when (abort.IsCancellationRequested)
            {
                status = "cancelled";
                throw;
            }
            finally
            {
                await _store.WriteManifestAsync(
                    manifest with { Status = status, FinishedAt = _timeProvider.GetUtcNow(), Images = ImagesOf(unique) },
                    CancellationToken.None);
            }
        }
        finally
        {
            try
            {
                await DisposeAgentsAsync(agents);
            }
            finally
            {
                RemoveEmptyScratchFolder();
            }
        }

        return RunSummary.FromResults(unique.Select(t => _store.TryReadResult(t.Domain, t.Id)).OfType<EpisodeResult>());
    }

    private async Task RunTaskAsync(TaskSpec task, IAgent agent, CancellationToken cancellationToken)
    {
        var attempts = PriorAttempts(_store.TryReadResult(task.Domain, task.Id));
        var attemptInRun = 0;
        TaskResultFolder? folder = null;
        var result = await _infraRetry.ExecuteAsync(
            async token =>
            {
                attemptInRun++;
                _observer.EpisodeStarting(task, attemptInRun);
                var earlierLog = ReadEpisodeLog(task);
                folder = _store.PrepareTaskFolder(task.Domain, task.Id);
                var logPath = Path.Combine(folder.Path, EpisodeLogSink.FileName);
                if (earlierLog is not null)
                {
                    // Earlier attempts' log lines survive the wipe of the unfinished folder: the log tells the whole story.
                    await File.WriteAllBytesAsync(logPath, earlierLog, token);
                }

                EpisodeResult outcome;
                using (var log = EpisodeLogSink.Open(logPath, attempts.Count + 1, _timeProvider))
                using (EpisodeLogScope.Enter(log))
                {
                    outcome = await RunEpisodeAsync(task, agent, folder, token);
                }

                attempts.Add(new EpisodeAttempt
                {
                    Attempt = attempts.Count + 1,
                    Status = outcome.Status,
                    Error = outcome.Error,
                    StartedAt = outcome.StartedAt,
                    FinishedAt = outcome.FinishedAt,
                });
                return outcome;
            },
            cancellationToken);
        result = result with { Attempts = [.. attempts] };
        await _store.WriteResultAsync(folder!, result, cancellationToken);
        _logger.LogInformation("{Domain}/{TaskId}: {Status} {Score} after {Attempts} attempt(s)", task.Domain, task.Id, result.Status, result.Score, attemptInRun);
        _observer.EpisodeFinished(task, result);
    }

    private byte[]? ReadEpisodeLog(TaskSpec task)
    {
        var path = Path.Combine(_store.GetTaskDirectory(task.Domain, task.Id), EpisodeLogSink.FileName);
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (IOException ex)
        {
            _logger.LogWarning(ex, "Could not keep the earlier episode log of {Domain}/{TaskId}", task.Domain, task.Id);
            return null;
        }
    }

    /// <summary>The attempts an earlier run recorded for a task being rerun (its result, when it listed none, counts as one).</summary>
    private static List<EpisodeAttempt> PriorAttempts(EpisodeResult? earlier) => earlier switch
    {
        null => [],
        { Attempts.Count: > 0 } => [.. earlier.Attempts],
        _ => [new EpisodeAttempt { Attempt = 1, Status = earlier.Status, Error = earlier.Error, StartedAt = earlier.StartedAt, FinishedAt = earlier.FinishedAt }],
    };

    private async Task<EpisodeResult> RunEpisodeAsync(TaskSpec task, IAgent agent, TaskResultFolder folder, CancellationToken cancellationToken)
    {
        var startedAt = _timeProvider.GetUtcNow();
        try
        {
            return await _runner.RunAsync(new EpisodeRequest(RunId, task, agent, folder), cancellationToken);
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

    private async Task DisposeAgentsAsync(List<IAgent> agents)
    {
        if (!_ownsAgents)
        {
            return;
        }

        foreach (var agent in agents)
        {
            try
            {
                await agent.DisposeAsync();
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Disposing the agent {Agent} failed", agent.Name);
            }
        }
    }

    /// <summary>Deletes &lt;work root&gt;/&lt;run id&gt; when it holds only empty folders (each episode deletes its own subfolder).</summary>
    private void RemoveEmptyScratchFolder()
    {
        if (!_runner.Options.KeepWorkDirectory)
        {
            RunScratchFolder.RemoveIfEmpty(Path.Combine(_runner.Options.WorkRoot, PathSegment.Sanitize(RunId)), _logger);
        }
    }

    /// <summary>The distinct desktop images the recorded results of these tasks name.</summary>
    private List<string> ImagesOf(IReadOnlyList<TaskSpec> tasks) =>
        [.. tasks.Select(t => _store.TryReadResult(t.Domain, t.Id)?.Image).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

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

    private RunManifest BuildManifest(IReadOnlyList<TaskSpec> tasks, int skipped, string agentName) => new()
    {
        RunId = RunId,
        StartedAt = _timeProvider.GetUtcNow(),
        Status = "running",
        Agent = agentName,
        Provider = _runner.ProviderName,
        ObservationType = _store.Key.ObservationType,
        ActionSpace = _store.Key.ActionSpace,
        MaxSteps = _runner.Options.MaxSteps,
        SleepAfterExecution = _runner.Options.PauseAfterAction.TotalSeconds,
        TimeBudgetSeconds = _runner.Options.TimeBudget?.TotalSeconds,
        EpisodeTimeoutSeconds = _runner.Options.EpisodeTimeout?.TotalSeconds,
        MaxTokens = _runner.Options.MaxTokens,
        MaxCostUsd = _runner.Options.MaxCostUsd,
        Parallelism = _options.Parallelism,
        InfraRetries = _options.InfraRetries,
        DeskbenchVersion = DeskbenchVersion,
        DeskbenchCommit = DeskbenchVersion.Split('+') is [_, var commit] && commit.Length > 0 ? commit : null,
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
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.InfraRetryDelay > TimeSpan.Zero,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.Status == EpisodeStatus.InfraError),
            });
        }

        return builder.Build();
    }
}
