namespace Deskbench.Harness.Runs;

/// <summary>Settings of a whole run (the per-episode ones are <see cref="Episodes.EpisodeRunnerOptions"/>).</summary>
public sealed record BenchmarkRunOptions
{
    /// <summary>Names the run in run.json and the scratch folders; a new one per run when null.</summary>
    public string? RunId { get; init; }

    /// <summary>How many more times a task is tried on a fresh desktop after an infra_error (default 1).</summary>
    public int InfraRetries { get; init; } = 1;

    /// <summary>Wait before the first infra retry; it doubles on each further retry, with jitter (Polly's exponential backoff). Zero = none.</summary>
    public TimeSpan InfraRetryDelay { get; init; } = TimeSpan.Zero;

    /// <summary>The task index file or folder the tasks came from (args.json <c>test_all_meta_path</c>).</summary>
    public string? TaskSetPath { get; init; }

    /// <summary>The domain filter the tasks were chosen with (args.json <c>domain</c>).</summary>
    public string Domain { get; init; } = "all";

    /// <summary>How many episodes run at once (workers, each with its own agent and one desktop at a time). Default 1.</summary>
    public int Parallelism { get; init; } = 1;

    /// <summary>On resume, also rerun tasks whose recorded result is infra_error or eval_error (see <see cref="ResumeRule"/>).</summary>
    public bool RerunErrors { get; init; }
}
