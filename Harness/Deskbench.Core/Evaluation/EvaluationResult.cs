namespace Deskbench.Core.Evaluation;

/// <summary>The task's score in [0, 1] and the score of each metric that ran (in order).</summary>
public sealed record EvaluationResult(double Score, IReadOnlyList<MetricScore> Metrics, string? Note = null);
