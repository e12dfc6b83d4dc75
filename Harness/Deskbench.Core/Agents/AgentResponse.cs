using Deskbench.Core.Actions;

namespace Deskbench.Core.Agents;

/// <summary>An agent's answer to one observation: its raw response text, the actions to run, and token usage if known.</summary>
public sealed record AgentResponse(string? Response, IReadOnlyList<AgentAction> Actions, TokenUsage? Usage = null);
