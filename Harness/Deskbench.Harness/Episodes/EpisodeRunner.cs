using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Agents;
using Deskbench.Core.Environments;
using Deskbench.Core.Evaluation;
using Deskbench.Core.Results;
using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;
using Deskbench.Core.Observations;
using Deskbench.Harness.Observations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Harness.Episodes;

/// <summary>
/// Runs one task end to end, as OSWorld's <c>run_single_example</c>: a fresh desktop, the task's setup, the agent loop
/// (one step = one predict call; DONE/FAIL/step budget/time budget end it), then the evaluator. Every failure becomes
/// an <see cref="EpisodeResult"/> with a status saying whose failure it was; only cancellation throws. The desktop is
/// always disposed.
/// </summary>
public sealed class EpisodeRunner
{
    private readonly IEnvironmentProvider _provider;
    private readonly ISetupRunner _setupRunner;
    private readonly ITaskEvaluator _evaluator;
    private readonly IAssetCache _assets;
    private readonly ActionTranslatorRegistry _translators;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<EpisodeRunner> _logger;

    public EpisodeRunner(
        IEnvironmentProvider provider,
        ISetupRunner setupRunner,
        ITaskEvaluator evaluator,
        IAssetCache assets,
        ActionTranslatorRegistry translators,
        EpisodeRunnerOptions options,
        TimeProvider timeProvider,
        ILogger<EpisodeRunner> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _provider = provider;
        _setupRunner = setupRunner;
        _evaluator = evaluator;
        _assets = assets;
        _translators = translators;
        Options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public EpisodeRunnerOptions Options { get; }

    /// <summary>The provider's name (recorded in run manifests).</summary>
    public string ProviderName => _provider.Name;

    /// <summary>Runs the episode. Throws only <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> fires.</summary>
    public async Task<EpisodeResult> RunAsync(EpisodeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var deadline = Options.EpisodeTimeout is { } limit ? new CancellationTokenSource(limit, _timeProvider) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        return await RunAsync(request, deadline, linked.Token, cancellationToken);
    }

    private async Task<EpisodeResult> RunAsync(EpisodeRequest request, CancellationTokenSource deadline, CancellationToken episodeToken, CancellationToken cancellationToken)
    {
        var task = request.Task;
        var startedAt = _timeProvider.GetUtcNow();
        var phases = new PhaseClock(_timeProvider);
        var progress = new EpisodeProgress();
        var workDirectory = Path.Combine(Options.WorkRoot, PathSegment.Sanitize(request.RunId), PathSegment.Sanitize(task.Id));
        IEnvironment? environment = null;
        EpisodeRecording? recording = null;
        var loopStarted = false;
        _logger.LogInformation("Episode {Domain}/{TaskId} starts", task.Domain, task.Id);
        try
        {
            var environmentDirectory = Directory.CreateDirectory(Path.Combine(workDirectory, "environment")).FullName;
            var cacheDirectory = Directory.CreateDirectory(Path.Combine(workDirectory, "cache")).FullName;
            var environmentRequest = new EnvironmentRequest(request.RunId, task.Id, Options.ScreenSize, environmentDirectory);
            environment = await phases.TimeAsync(EpisodePhase.Environment, () => _provider.AcquireAsync(environmentRequest, episodeToken));
            var setup = new SetupContext(task, environment, cacheDirectory, _assets);
            await phases.TimeAsync(EpisodePhase.Setup, () => _setupRunner.RunAsync(task.Config, setup, episodeToken));
            await ResetAgentAsync(request, phases, episodeToken);
            var loop = new EpisodeLoop(request, environment, FindTranslator(request.Agent), Options, phases, progress, CreateObservationBuilder(), _timeProvider);
            await phases.TimeAsync(EpisodePhase.Setup, () => DelayAsync(Options.SettleAfterSetup, episodeToken));
            recording = await StartRecordingAsync(request, environment, episodeToken);
            loopStarted = true;
            await loop.RunAsync(episodeToken);
            if (recording is not null)
            {
                await recording.StopAndSaveAsync(episodeToken);
            }

            var evaluation = await phases.TimeAsync(EpisodePhase.Evaluate, async () =>
            {
                await DelayAsync(Options.SettleBeforeEvaluation, episodeToken);
                return await _evaluator.EvaluateAsync(new EvaluationContext(setup, _setupRunner, progress.History), episodeToken);
            });
            _logger.LogInformation("Episode {Domain}/{TaskId} scored {Score}", task.Domain, task.Id, evaluation.Score);
            return BuildResult(task, startedAt, progress, phases, EpisodeStatus.Scored, evaluation, null, environment);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var failure = deadline.IsCancellationRequested
                ? new EpisodeFailure(EpisodeStatus.Timeout, $"the episode exceeded its time limit of {Options.EpisodeTimeout!.Value.TotalSeconds:0.###} s (during {phases.Current})")
                : EpisodeFailureClassifier.Classify(ex, phases.Current);
            if (loopStarted && progress.FinishReason == FinishReason.None)
            {
                progress.FinishReason = FinishReason.Error;
            }

            _logger.LogWarning(ex, "Episode {Domain}/{TaskId} ended as {Status}: {Message}", task.Domain, task.Id, failure.Status, failure.Message);
            await RecordErrorAsync(request, failure.Message);
            return BuildResult(task, startedAt, progress, phases, failure.Status, null, failure.Message, environment);
        }
        finally
        {
            if (recording is not null)
            {
                // Saves what was recorded when the episode ended in an error (a no-op after a normal stop).
                await recording.DisposeAsync();
            }

            await DisposeEnvironmentAsync(environment, phases, task);
            DeleteWorkDirectory(workDirectory);
        }
    }

    private ObservationBuilder? CreateObservationBuilder() =>
        ObservationTypes.Parse(Options.ObservationType) is var type && type == ObservationType.Screenshot
            ? null
            : new ObservationBuilder(new ObservationOptions { Type = type, A11yTreeMaxTokens = Options.A11yTreeMaxTokens }, NullLogger<ObservationBuilder>.Instance);

    /// <summary>The episode's screen recording into the task's results folder when <see cref="EpisodeRunnerOptions.Record"/> is on.</summary>
    private async Task<EpisodeRecording?> StartRecordingAsync(EpisodeRequest request, IEnvironment environment, CancellationToken cancellationToken)
    {
        if (!Options.Record)
        {
            return null;
        }

        if (request.Recorder is not Results.TaskResultFolder folder)
        {
            _logger.LogWarning("Not recording {TaskId}: its trajectory does not go to a results folder", request.Task.Id);
            return null;
        }

        return await EpisodeRecording.StartAsync(environment.Guest, Path.Combine(folder.Path, EpisodeRecording.FileName), _logger, cancellationToken);
    }

    private async Task ResetAgentAsync(EpisodeRequest request, PhaseClock phases, CancellationToken cancellationToken)
    {
        var context = new AgentTaskContext(request.Task, Options.MaxSteps, Options.ObservationType);
        await phases.TimeAsync(EpisodePhase.Agent, async () =>
        {
            try
            {
                await request.Agent.ResetAsync(context, cancellationToken).WaitAsync(cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new AgentInvocationException("reset", ex);
            }
        });
    }

    private IActionTranslator FindTranslator(IAgent agent) =>
        _translators.TryGet(agent.ActionSpace, out var translator)
            ? translator
            : throw new UnsupportedFeatureException("action space", agent.ActionSpace);

    private Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, _timeProvider, cancellationToken) : Task.CompletedTask;

    private EpisodeResult BuildResult(
        TaskSpec task,
        DateTimeOffset startedAt,
        EpisodeProgress progress,
        PhaseClock phases,
        EpisodeStatus status,
        EvaluationResult? evaluation,
        string? error,
        IEnvironment? environment) => new()
        {
            TaskId = task.Id,
            Domain = task.Domain,
            Status = status,
            Score = evaluation?.Score,
            FinishReason = progress.FinishReason,
            Steps = progress.Steps,
            Actions = progress.Actions,
            Error = error,
            Metrics = evaluation?.Metrics ?? [],
            StartedAt = startedAt,
            FinishedAt = _timeProvider.GetUtcNow(),
            PhaseSeconds = phases.Snapshot(),
            Usage = progress.Usage,
            Image = ImageOf(environment),
        };

    private static string? ImageOf(IEnvironment? environment) =>
        environment is null ? null
        : environment.Properties.TryGetValue(EnvironmentPropertyNames.ImageDigest, out var digest) && digest.Length > 0 ? digest
        : environment.Properties.TryGetValue(EnvironmentPropertyNames.Image, out var image) && image.Length > 0 ? image
        : null;

    private async Task RecordErrorAsync(EpisodeRequest request, string message)
    {
        try
        {
            await request.Recorder.RecordErrorAsync($"{request.Task.Domain}/{request.Task.Id} - {message}", CancellationToken.None);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Could not record the error of {TaskId}", request.Task.Id);
        }
    }

    private async Task DisposeEnvironmentAsync(IEnvironment? environment, PhaseClock phases, TaskSpec task)
    {
        if (environment is null)
        {
            return;
        }

        try
        {
            await phases.TimeAsync(EpisodePhase.Environment, () => environment.DisposeAsync().AsTask());
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Disposing the environment of {TaskId} failed", task.Id);
        }
    }

    private void DeleteWorkDirectory(string workDirectory)
    {
        if (Options.KeepWorkDirectory)
        {
            return;
        }

        try
        {
            if (Directory.Exists(workDirectory))
            {
                Directory.Delete(workDirectory, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Could not delete the scratch folder {Folder}", workDirectory);
        }
    }
}
