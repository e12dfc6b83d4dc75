using System.Text.Json.Serialization;

namespace Deskbench.Core.Results;

/// <summary>Why the agent loop stopped.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FinishReason>))]
public enum FinishReason
{
    [JsonStringEnumMemberName("none")] None,
    [JsonStringEnumMemberName("done")] Done,
    [JsonStringEnumMemberName("fail")] Fail,
    [JsonStringEnumMemberName("step_budget")] StepBudget,
    [JsonStringEnumMemberName("time_budget")] TimeBudget,
    [JsonStringEnumMemberName("error")] Error,
    /// <summary>The agent's reported tokens reached the episode's token budget.</summary>
    [JsonStringEnumMemberName("token_budget")] TokenBudget,
    /// <summary>The agent's reported cost reached the episode's cost budget.</summary>
    [JsonStringEnumMemberName("cost_budget")] CostBudget,
}
