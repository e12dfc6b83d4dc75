namespace Deskbench.Harness.Results;

/// <summary>
/// <c>run.json</c> in the run folder: who ran what, where, with which settings. Written when the run starts and again
/// when it ends (<see cref="Status"/> running → finished, cancelled or failed).
/// </summary>
public sealed record RunManifest
{
    public required string RunId { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    /// <summary>running, finished, cancelled or failed.</summary>
    public required string Status { get; init; }
    public required string Agent { get; init; }
    public required string Provider { get; init; }
    public required string ObservationType { get; init; }
    public required string ActionSpace { get; init; }
    public required int MaxSteps { get; init; }
    public double SleepAfterExecution { get; init; }
    public double? TimeBudgetSeconds { get; init; }
    /// <summary>The hard limit on a whole episode, in seconds (null = none).</summary>
    public double? EpisodeTimeoutSeconds { get; init; }
    public long? MaxTokens { get; init; }
    public decimal? MaxCostUsd { get; init; }
    /// <summary>Episodes run at once (<c>--parallel</c>).</summary>
    public int Parallelism { get; init; } = 1;
    /// <summary>Retries of a task on a fresh desktop after an infra_error.</summary>
    public int InfraRetries { get; init; }
    public required string DeskbenchVersion { get; init; }
    /// <summary>The source commit Deskbench was built from (the part of the version after '+'), when known.</summary>
    public string? DeskbenchCommit { get; init; }
    /// <summary>The desktop images the episodes ran on (provider image id or digest), as the provider reported them; filled when the run ends.</summary>
    public IReadOnlyList<string> Images { get; init; } = [];
    public required MachineInfo Machine { get; init; }
    /// <summary>Tasks already finished by an earlier attempt of this run folder and skipped (resume).</summary>
    public int SkippedTasks { get; init; }
    public required IReadOnlyList<RunManifestTask> Tasks { get; init; }
}
