using Deskbench.Core.Guest;

namespace Deskbench.Core.Agents;

/// <summary>What the agent sees at one step (OSWorld's <c>_get_obs()</c> plus the step index and last step's outcomes).</summary>
public sealed record Observation
{
    public required string Instruction { get; init; }
    /// <summary>PNG bytes of the full screen, cursor drawn in.</summary>
    public required byte[] Screenshot { get; init; }
    public string? AccessibilityTree { get; init; }
    public string? Terminal { get; init; }
    public required int StepIndex { get; init; }
    /// <summary>Outcome of each action of the previous step, including translation errors, so an agent can correct itself.</summary>
    public IReadOnlyList<ActionOutcome> PreviousResults { get; init; } = [];
}
