namespace Deskbench.Evaluators.OmniAct;

/// <summary>A fix the corrected mode applied, and how many items it changed or affected.</summary>
/// <param name="Fix">The fix.</param>
/// <param name="AffectedItems">Items where the fix made a difference (0 when it was active but never needed).</param>
public sealed record OmniActFixUse(OmniActFix Fix, int AffectedItems);
