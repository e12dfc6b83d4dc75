namespace Deskbench.Core.Guest;

public sealed record ActionBatchResult(IReadOnlyList<ActionOutcome> Outcomes)
{
    public bool AllSucceeded => Outcomes.All(o => o.Success);
}
