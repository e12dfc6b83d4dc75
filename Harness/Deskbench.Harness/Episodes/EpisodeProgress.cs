using Deskbench.Core.Actions;
using Deskbench.Core.Agents;
using Deskbench.Core.Results;

namespace Deskbench.Harness.Episodes;

/// <summary>What one episode has done so far (mutable; owned by one running episode).</summary>
internal sealed class EpisodeProgress
{
    public int Steps { get; set; }

    public int Actions => History.Count;

    public FinishReason FinishReason { get; set; } = FinishReason.None;

    /// <summary>The agent's reported usage so far (summed over steps); null until it reports some.</summary>
    public TokenUsage? Usage { get; private set; }

    public void AddUsage(TokenUsage? step)
    {
        if (step is null)
        {
            return;
        }

        Usage = Usage is null
            ? step
            : new TokenUsage(Usage.InputTokens + step.InputTokens, Usage.OutputTokens + step.OutputTokens, Usage.CostUsd + step.CostUsd ?? Usage.CostUsd ?? step.CostUsd);
    }

    /// <summary>Every action the agent returned, in order (OSWorld's <c>action_history</c>), WAIT/DONE/FAIL included.</summary>
    public List<AgentAction> History { get; } = [];
}
