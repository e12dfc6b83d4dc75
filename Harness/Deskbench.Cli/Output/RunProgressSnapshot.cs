namespace Deskbench.Cli.Output;

/// <summary>The tallies of a run at one moment, for the live display.</summary>
public sealed record RunProgressSnapshot(
    int Total,
    int Done,
    IReadOnlyList<string> Running,
    int Scored,
    double Success,
    int InfraErrors,
    TimeSpan Elapsed,
    TimeSpan? Eta,
    IReadOnlyList<string> RecentlyFinished);
