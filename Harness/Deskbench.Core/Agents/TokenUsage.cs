namespace Deskbench.Core.Agents;

public sealed record TokenUsage(long InputTokens, long OutputTokens, decimal? CostUsd = null);
