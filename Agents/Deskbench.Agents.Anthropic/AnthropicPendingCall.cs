using System.Text.Json.Nodes;

namespace Deskbench.Agents.Anthropic;

/// <summary>
/// A tool call of the model's last turn still to be answered: a desktop action sent to the harness (answered from the
/// next step's outcome and screenshot), an observation deferred until after those actions, or an error found locally.
/// </summary>
internal sealed record AnthropicPendingCall(string Id, string Action, JsonObject Input, int? AgentActionIndex, string? Error = null);
