using System.Text.Json.Serialization;

namespace Deskbench.Core.Results;

/// <summary>How an episode ended. Only <see cref="Scored"/> carries a score; the others say whose failure it was.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EpisodeStatus>))]
public enum EpisodeStatus
{
    [JsonStringEnumMemberName("scored")] Scored,
    [JsonStringEnumMemberName("agent_error")] AgentError,
    [JsonStringEnumMemberName("infra_error")] InfraError,
    [JsonStringEnumMemberName("eval_error")] EvalError,
    [JsonStringEnumMemberName("unsupported")] Unsupported,
    [JsonStringEnumMemberName("timeout")] Timeout,
}
