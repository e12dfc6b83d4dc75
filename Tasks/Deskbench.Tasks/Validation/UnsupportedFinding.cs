namespace Deskbench.Tasks.Validation;

/// <summary>One place where a task names a feature this build lacks.</summary>
internal sealed record UnsupportedFinding(string Kind, string Name, TaskProblem Problem);
