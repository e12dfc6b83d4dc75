namespace Deskbench.Harness.Episodes;

/// <summary>Names of the phases whose seconds an <see cref="Deskbench.Core.Results.EpisodeResult"/> records.</summary>
public static class EpisodePhase
{
    /// <summary>Acquiring and disposing the desktop.</summary>
    public const string Environment = "environment";

    /// <summary>The task's <c>config</c> steps.</summary>
    public const string Setup = "setup";

    /// <summary>The agent's reset and predict calls (its think time).</summary>
    public const string Agent = "agent";

    /// <summary>Translating and executing actions, plus the configured pause after each.</summary>
    public const string Actions = "actions";

    /// <summary>Screenshots taken for observations.</summary>
    public const string Observe = "observe";

    /// <summary>Writing the trajectory (screenshots, traj.jsonl) to the results folder.</summary>
    public const string Record = "record";

    /// <summary>The evaluator, postconfig included.</summary>
    public const string Evaluate = "evaluate";

    /// <summary>Every phase, in episode order.</summary>
    public static IReadOnlyList<string> All { get; } = [Environment, Setup, Agent, Actions, Observe, Record, Evaluate];
}
