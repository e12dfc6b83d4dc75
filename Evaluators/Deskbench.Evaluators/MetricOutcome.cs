namespace Deskbench.Evaluators;

/// <summary>What one metric gave: its score, or that its result getter raised FileNotFoundError.</summary>
internal sealed record MetricOutcome(double Score, bool ResultFileMissing, string? Note = null);
