namespace Deskbench.Evaluators.OmniAct;

/// <summary>The result of scoring OmniACT predictions.</summary>
/// <param name="Mode">The scoring mode; reports must show it.</param>
/// <param name="Overall">Totals over all (non-excluded) items.</param>
/// <param name="ByPlatform">Totals per platform ("desktop", "web").</param>
/// <param name="ByApp">Totals per app or website.</param>
/// <param name="Items">Every item's score, in input order (excluded items included, flagged).</param>
/// <param name="FixesApplied">Corrected mode: every fix it applies and how many items each affected. Official mode: empty.</param>
/// <param name="Warnings">Places where the official script would have stopped with an exception and what was done instead.</param>
public sealed record OmniActScoreReport(
    OmniActScoringMode Mode,
    OmniActScoreTotals Overall,
    IReadOnlyDictionary<string, OmniActScoreTotals> ByPlatform,
    IReadOnlyDictionary<string, OmniActScoreTotals> ByApp,
    IReadOnlyList<OmniActItemScore> Items,
    IReadOnlyList<OmniActFixUse> FixesApplied,
    IReadOnlyList<string> Warnings);
