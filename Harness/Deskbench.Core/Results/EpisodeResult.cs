using Deskbench.Core.Evaluation;

namespace Deskbench.Core.Results;

/// <summary>Everything recorded about one episode; written as <c>result.json</c> beside OSWorld's <c>result.txt</c>.</summary>
public sealed record EpisodeResult
{
    public required string TaskId { get; init; }
    public required string Domain { get; init; }
    public required EpisodeStatus Status { get; init; }
    /// <summary>The score when <see cref="Status"/> is scored, else null.</summary>
    public double? Score { get; init; }
    public FinishReason FinishReason { get; init; }
    public int Steps { get; init; }
    public int Actions { get; init; }
    public string? Error { get; init; }
    public IReadOnlyList<MetricScore> Metrics { get; init; } = [];
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
    /// <summary>Seconds spent per phase: environment, setup, agent, actions, observe, evaluate.</summary>
    public IReadOnlyDictionary<string, double> PhaseSeconds { get; init; } = new Dictionary<string, double>();
    /// <summary>Every try of the task, oldest first, this result's own try last (empty in results written before attempts were recorded).</summary>
    public IReadOnlyList<EpisodeAttempt> Attempts { get; init; } = [];
    /// <summary>Tokens and cost the agent reported over the episode (summed); null when it reported none.</summary>
    public Agents.TokenUsage? Usage { get; init; }
    /// <summary>The desktop image the episode ran on (its digest or id when the provider reports one); null when none.</summary>
    public string? Image { get; init; }
}
