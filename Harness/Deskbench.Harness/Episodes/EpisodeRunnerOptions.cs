using Deskbench.Core.Environments;

namespace Deskbench.Harness.Episodes;

/// <summary>How an <see cref="EpisodeRunner"/> runs each episode.</summary>
public sealed record EpisodeRunnerOptions
{
    /// <summary>At most this many predict calls per episode (OSWorld's <c>--max_steps</c>, default 15).</summary>
    public int MaxSteps { get; init; } = 15;

    /// <summary>
    /// Pause after every action before the screenshot (OSWorld's <c>sleep_after_execution</c>); WAIT gets the same pause
    /// and no other. Default zero.
    /// </summary>
    public TimeSpan PauseAfterAction { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// Optional wall-clock budget of the agent loop, from the first observation: no step starts after it, and a predict
    /// call still running when it ends is cancelled (the episode is then evaluated as it is). A step whose answer came in
    /// time runs all its actions. Null = none.
    /// </summary>
    public TimeSpan? TimeBudget { get; init; }

    /// <summary>
    /// Optional hard limit on the whole episode: desktop start, setup, agent loop and evaluation. An episode still running
    /// when it passes is aborted, its desktop torn down, and it ends as <c>timeout</c> (not retried, counted as a failure).
    /// It catches what hangs (an agent that ignores cancellation, a setup step or getter that never returns); the
    /// <see cref="TimeBudget"/> is the graceful limit of the agent loop. Null = none.
    /// </summary>
    public TimeSpan? EpisodeTimeout { get; init; }

    /// <summary>Optional budget of the agent's reported tokens (input + output) per episode: no step starts once it is reached. Null = none.</summary>
    public long? MaxTokens { get; init; }

    /// <summary>Optional budget of the agent's reported cost in USD per episode: no step starts once it is reached. Null = none.</summary>
    public decimal? MaxCostUsd { get; init; }

    /// <summary>Pause between setup and the first observation (OSWorld sleeps 60 s here). Default zero.</summary>
    public TimeSpan SettleAfterSetup { get; init; } = TimeSpan.Zero;

    /// <summary>Pause between the last action and the evaluator (OSWorld sleeps 20 s here). Default zero.</summary>
    public TimeSpan SettleBeforeEvaluation { get; init; } = TimeSpan.Zero;

    /// <summary>OSWorld observation type handed to the agent: screenshot, a11y_tree, screenshot_a11y_tree, som.</summary>
    public string ObservationType { get; init; } = "screenshot";

    /// <summary>Cap, in tokens (cl100k), of the linearized accessibility table shown to agents (OSWorld's a11y_tree_max_tokens).</summary>
    public int A11yTreeMaxTokens { get; init; } = Observations.AccessibilityTreeTrimmer.DefaultMaxTokens;

    /// <summary>Record the screen of each episode into the task's <c>recording.mp4</c> (OSWorld records every task).</summary>
    public bool Record { get; init; }

    public ScreenSize ScreenSize { get; init; } = ScreenSize.Default;

    /// <summary>Scratch root: each episode gets <c>&lt;root&gt;/&lt;run&gt;/&lt;task&gt;/</c> with the provider's folder and the task cache.</summary>
    public string WorkRoot { get; init; } = Path.Combine(Path.GetTempPath(), "deskbench-work");

    /// <summary>Keep the episode's scratch folder (the evaluator's cache files) instead of deleting it at the end.</summary>
    public bool KeepWorkDirectory { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for values that cannot run.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxSteps, 1, nameof(MaxSteps));
        ArgumentOutOfRangeException.ThrowIfLessThan(PauseAfterAction, TimeSpan.Zero, nameof(PauseAfterAction));
        ArgumentOutOfRangeException.ThrowIfLessThan(SettleAfterSetup, TimeSpan.Zero, nameof(SettleAfterSetup));
        ArgumentOutOfRangeException.ThrowIfLessThan(SettleBeforeEvaluation, TimeSpan.Zero, nameof(SettleBeforeEvaluation));
        if (TimeBudget is { } budget)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(budget, TimeSpan.Zero, nameof(TimeBudget));
        }

        if (EpisodeTimeout is { } timeout)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(EpisodeTimeout));
        }

        if (MaxTokens is { } tokens)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(tokens, 1, nameof(MaxTokens));
        }

        if (MaxCostUsd is { } cost)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(cost, 0, nameof(MaxCostUsd));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(ObservationType);
        if (!Core.Observations.ObservationTypes.TryParse(ObservationType, out _))
        {
            throw new ArgumentOutOfRangeException(nameof(ObservationType), ObservationType,
                $"expected one of {string.Join(", ", Core.Observations.ObservationTypes.Names)}");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(A11yTreeMaxTokens, 1, nameof(A11yTreeMaxTokens));
        ArgumentException.ThrowIfNullOrWhiteSpace(WorkRoot);
    }
}
