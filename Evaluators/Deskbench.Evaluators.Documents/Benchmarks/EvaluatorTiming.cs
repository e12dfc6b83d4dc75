namespace Deskbench.Evaluators.Documents.Benchmarks;

/// <summary>One metric's benchmark result: the fixture it ran on, the median of its runs, and the score it gave.</summary>
public sealed record EvaluatorTiming(string Metric, string Fixture, TimeSpan Median, int Runs, double Score);
