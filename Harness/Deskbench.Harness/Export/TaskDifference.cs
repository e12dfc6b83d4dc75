namespace Deskbench.Harness.Export;

/// <summary>A task whose outcome or score differs between two runs, or that only one run's suite holds (the other side null).</summary>
public sealed record TaskDifference(string Domain, string TaskId, TaskOutcome? A, TaskOutcome? B)
{
    public const string Changed = "changed";
    public const string OnlyInA = "only_in_a";
    public const string OnlyInB = "only_in_b";

    /// <summary><see cref="Changed"/>, <see cref="OnlyInA"/> or <see cref="OnlyInB"/>.</summary>
    public string Kind => A is null ? OnlyInB : B is null ? OnlyInA : Changed;

    /// <summary>Change in score (an unscored side counts 0), or null when the task is in one run only.</summary>
    public double? ScoreChange => A is null || B is null ? null : (B.Score ?? 0) - (A.Score ?? 0);

    /// <summary>True when two outcomes of the same task differ in outcome class or score.</summary>
    public static bool Differ(TaskOutcome a, TaskOutcome b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Outcome != b.Outcome || Math.Abs((a.Score ?? 0) - (b.Score ?? 0)) > 1e-9;
    }
}
