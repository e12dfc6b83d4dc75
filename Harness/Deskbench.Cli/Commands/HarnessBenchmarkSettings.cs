namespace Deskbench.Cli.Commands;

/// <summary>The options of <c>deskbench bench harness</c>, parsed.</summary>
public sealed record HarnessBenchmarkSettings(string? TasksPath, IReadOnlyList<int> ParallelLevels, bool Verbose);
