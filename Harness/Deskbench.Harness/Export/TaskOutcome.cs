using Deskbench.Core.Agents;
using Deskbench.Core.Results;

namespace Deskbench.Harness.Export;

/// <summary>One task of a run as exports see it: its recorded result (null when unfinished) and token usage when recorded.</summary>
public sealed record TaskOutcome(string Domain, string TaskId, string? ContentHash, EpisodeResult? Result, TokenUsage? Usage)
{
    /// <summary>The outcome class: a status name from result.json, or "unfinished".</summary>
    public string Outcome => Result is null ? OutcomeNames.Unfinished : OutcomeNames.Of(Result.Status);

    public bool IsScored => Result?.Status == EpisodeStatus.Scored;

    /// <summary>The score when scored, else null.</summary>
    public double? Score => IsScored ? Result!.Score ?? 0 : null;

    /// <summary>finished_at − started_at in seconds, or null without a result.</summary>
    public double? WallSeconds => Result is null ? null : Math.Max(0, (Result.FinishedAt - Result.StartedAt).TotalSeconds);
}
