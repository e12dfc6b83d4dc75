using Deskbench.Core.Observations;

namespace Deskbench.Agents.OpenAI;

/// <summary>One past step of the prompt agent: what it was shown and what it answered.</summary>
internal sealed record PromptTurn(ObservationType Type, string? Tree, byte[]? Image, string Reply);
