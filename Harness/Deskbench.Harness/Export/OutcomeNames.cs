using Deskbench.Core.Results;

namespace Deskbench.Harness.Export;

/// <summary>The names of a task's outcome class as exports write them: the result.json status names plus "unfinished".</summary>
public static class OutcomeNames
{
    /// <summary>A task of the suite with no recorded result.</summary>
    public const string Unfinished = "unfinished";

    /// <summary>Every outcome class, in the order exports list them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. Enum.GetValues<EpisodeStatus>().Select(Of), Unfinished];

    public static string Of(EpisodeStatus status) => status switch
    {
        EpisodeStatus.Scored => "scored",
        EpisodeStatus.AgentError => "agent_error",
        EpisodeStatus.InfraError => "infra_error",
        EpisodeStatus.EvalError => "eval_error",
        EpisodeStatus.Unsupported => "unsupported",
        EpisodeStatus.Timeout => "timeout",
        _ => status.ToString().ToLowerInvariant(),
    };
}
