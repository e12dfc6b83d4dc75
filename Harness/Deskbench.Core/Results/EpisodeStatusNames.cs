namespace Deskbench.Core.Results;

/// <summary>The snake_case names of <see cref="EpisodeStatus"/> as result.json, tables, exports and reports write them.</summary>
public static class EpisodeStatusNames
{
    public static string Of(EpisodeStatus status) => status switch
    {
        EpisodeStatus.Scored => "scored",
        EpisodeStatus.AgentError => "agent_error",
        EpisodeStatus.InfraError => "infra_error",
        EpisodeStatus.EvalError => "eval_error",
        EpisodeStatus.Unsupported => "unsupported",
        EpisodeStatus.Timeout => "timeout",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown episode status"),
    };
}
