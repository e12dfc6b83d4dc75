namespace Deskbench.Core.Results;

/// <summary>One try of a task (infra retries and reruns of a resumed run each add one), as listed in result.json.</summary>
public sealed record EpisodeAttempt
{
    /// <summary>1 for the first try of the task in this results folder, counting on across resumed runs.</summary>
    public required int Attempt { get; init; }
    public required EpisodeStatus Status { get; init; }
    public string? Error { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
}
