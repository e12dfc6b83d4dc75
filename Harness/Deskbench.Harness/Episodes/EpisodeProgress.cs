using Deskbench.Core.Actions;
using Deskbench.Core.Results;

namespace Deskbench.Harness.Episodes;

/// <summary>What one episode has done so far (mutable; owned by one running episode).</summary>
internal sealed class EpisodeProgress
{
    public int Steps { get; set; }

    public int Actions => History.Count;

    public FinishReason FinishReason { get; set; } = FinishReason.None;

    /// <summary>Every action the agent returned, in order (OSWorld's <c>action_history</c>), WAIT/DONE/FAIL included.</summary>
    public List<AgentAction> History { get; } = [];
}
