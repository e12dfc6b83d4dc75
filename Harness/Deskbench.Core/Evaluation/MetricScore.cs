namespace Deskbench.Core.Evaluation;

public sealed record MetricScore(string Metric, double Score, string? Note = null);
