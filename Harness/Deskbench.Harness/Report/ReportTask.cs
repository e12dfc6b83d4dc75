using Deskbench.Core.Results;

namespace Deskbench.Harness.Report;

/// <summary>
/// One task of a run as the report shows it: its results folder, its recorded result (null when the run listed it but
/// it has no result yet), and what the task file says (instruction, evaluator) when that file can still be read.
/// </summary>
public sealed record ReportTask
{
    public required string Domain { get; init; }
    public required string TaskId { get; init; }
    /// <summary>The task's results folder (it may not exist for a task without result).</summary>
    public required string Directory { get; init; }
    public EpisodeResult? Result { get; init; }
    public string? Instruction { get; init; }
    /// <summary>The task file's <c>evaluator</c> object, indented JSON, or null.</summary>
    public string? EvaluatorJson { get; init; }
    public string? SourcePath { get; init; }

    /// <summary>The outcome class shown and filtered on: the result's status, or <c>no_result</c>.</summary>
    public string Outcome => Result is null ? ReportOutcomes.NoResult : ReportOutcomes.Name(Result.Status);
}
