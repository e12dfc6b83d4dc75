namespace Deskbench.Harness.Report;

/// <summary>What the report takes from a task file: the instruction and the evaluator (indented JSON).</summary>
public sealed record TaskDefinition(string? Instruction, string? EvaluatorJson)
{
    public static TaskDefinition Empty { get; } = new(null, null);
}
