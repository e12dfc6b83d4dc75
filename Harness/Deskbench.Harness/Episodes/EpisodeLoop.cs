using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Observations;
using Deskbench.Harness.Observations;
using Deskbench.Core.Agents;
using Deskbench.Core.Environments;
using Deskbench.Core.Guest;
using Deskbench.Core.Results;
using Deskbench.Harness.Trajectory;

namespace Deskbench.Harness.Episodes;

/// <summary>
/// The observe → predict → act loop of one episode (OSWorld's <c>while not done and step_idx &lt; max_steps</c>):
/// each action is followed by the configured pause, a screenshot and a traj.jsonl line; DONE/FAIL stop at once.
/// The time budget bounds when a step may start and the agent's think time: a step whose answer came in time runs
/// all its actions, so every executed action has its screenshot and traj line. The token and cost budgets work the same
/// way: once the agent's reported usage reaches one, no further step starts.
/// </summary>
internal sealed class EpisodeLoop(
    EpisodeRequest request,
    IEnvironment environment,
    IActionTranslator translator,
    EpisodeRunnerOptions options,
    PhaseClock phases,
    EpisodeProgress progress,
    ObservationBuilder? observations,
    TimeProvider timeProvider)
{
    private readonly AgentActionExecutor _executor = new(translator, environment.Guest);
    private readonly ActionTimestampClock _clock = new(timeProvider);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var budget = options.TimeBudget is { } limit
            ? new CancellationTokenSource(limit, timeProvider)
            : new CancellationTokenSource();
        var screenshot = await ObserveAsync(cancellationToken);
        IReadOnlyList<ActionOutcome> previous = [];
        for (var stepIndex = 0; stepIndex < options.MaxSteps; stepIndex++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (SpentBudget() is { } spent)
            {
                progress.FinishReason = spent;
                return;
            }

            var observation = await BuildObservationAsync(screenshot, stepIndex, previous, cancellationToken);
            _executor.Context = ActionTranslationContext.For(observation.Marks);
            var response = budget.IsCancellationRequested ? null : await PredictAsync(observation, budget.Token, cancellationToken);
            if (response is null)
            {
                progress.FinishReason = FinishReason.TimeBudget;
                return;
            }

            progress.Steps++;
            progress.AddUsage(response.Usage);
            var outcomes = new List<ActionOutcome>(response.Actions.Count);
            for (var index = 0; index < response.Actions.Count; index++)
            {
                var action = response.Actions[index];
                var timestamp = _clock.Next();
                progress.History.Add(action);
                var applied = await phases.TimeAsync(EpisodePhase.Actions, () => ApplyAndPauseAsync(action, index, cancellationToken));
                outcomes.Add(applied.Outcome);
                if (applied.Done && !action.IsDone && !action.IsFail)
                {
                    // DONE/FAIL spelled as a typed action: the history keeps the bare word so the evaluator's
                    // last-action-FAIL check holds in every action space (traj.jsonl keeps the action verbatim).
                    progress.History[^1] = AgentAction.FromCode(AgentActionExecutor.FinishReasonOf(applied) == FinishReason.Fail ? "FAIL" : "DONE");
                }

                screenshot = await ObserveAsync(cancellationToken);
                var entry = new TrajectoryEntry(stepIndex + 1, timestamp, action.Value, response.Response, applied.Done, applied.Info);
                await phases.TimeAsync(EpisodePhase.Record, () => request.Recorder.RecordActionAsync(entry, screenshot, cancellationToken));
                if (applied.Done)
                {
                    progress.FinishReason = AgentActionExecutor.FinishReasonOf(applied);
                    return;
                }
            }

            if (response.Actions.Count == 0)
            {
                screenshot = await ObserveAsync(cancellationToken);
            }

            previous = outcomes;
        }

        progress.FinishReason = FinishReason.StepBudget;
    }

    /// <summary>
    /// What the agent sees this step: the latest screenshot alone, or — for the accessibility and set-of-marks observation
    /// types — a fresh screenshot with the tree, its linearized table and the marks, fetched together.
    /// </summary>
    private async Task<Observation> BuildObservationAsync(byte[] screenshot, int stepIndex, IReadOnlyList<ActionOutcome> previous, CancellationToken cancellationToken)
    {
        if (observations is null || observations.Options.Type == ObservationType.Screenshot)
        {
            return new Observation
            {
                Instruction = request.Task.Instruction,
                Screenshot = screenshot,
                StepIndex = stepIndex,
                PreviousResults = previous,
                Type = ObservationType.Screenshot,
            };
        }

        return await phases.TimeAsync(EpisodePhase.Observe,
            () => observations.BuildAsync(environment.Guest, request.Task.Instruction, stepIndex, previous, cancellationToken));
    }

    /// <summary>The token or cost budget the agent's reported usage has reached, or null.</summary>
    private FinishReason? SpentBudget()
    {
        var usage = progress.Usage;
        if (usage is null)
        {
            return null;
        }

        if (options.MaxTokens is { } maxTokens && usage.InputTokens + usage.OutputTokens >= maxTokens)
        {
            return FinishReason.TokenBudget;
        }

        return options.MaxCostUsd is { } maxCost && usage.CostUsd >= maxCost ? FinishReason.CostBudget : null;
    }

    /// <summary>The agent's answer, or null when the time budget ran out while it was thinking.</summary>
    private Task<AgentResponse?> PredictAsync(Observation observation, CancellationToken budget, CancellationToken cancellationToken) =>
        phases.TimeAsync(EpisodePhase.Agent, async () =>
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget);
            try
            {
                // WaitAsync: an agent that ignores cancellation still lets the budget and the episode's time limit end the step.
                return await request.Agent.PredictAsync(observation, linked.Token).WaitAsync(linked.Token)
                    ?? throw new InvalidOperationException("PredictAsync returned null");
            }
            catch (Exception) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return null;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new AgentInvocationException("predict", ex);
            }
        });

    private async Task<ActionApplication> ApplyAndPauseAsync(AgentAction action, int index, CancellationToken cancellationToken)
    {
        var applied = await _executor.ApplyAsync(action, index, cancellationToken);
        if (options.PauseAfterAction > TimeSpan.Zero)
        {
            await Task.Delay(options.PauseAfterAction, timeProvider, cancellationToken);
        }

        return applied;
    }

    private Task<byte[]> ObserveAsync(CancellationToken cancellationToken) =>
        phases.TimeAsync(EpisodePhase.Observe, () => environment.Guest.GetScreenshotAsync(cancellationToken));
}
