using Deskbench.Evaluators.OmniAct.Scoring;

namespace Deskbench.Evaluators.OmniAct;

/// <summary>Scores OmniACT predictions (one PyAutoGUI script per gold item, aligned by index).</summary>
public static class OmniActScorer
{
    /// <summary>
    /// Scores every item and aggregates overall, per platform and per app. Throws <see cref="OmniActScoringException"/>
    /// when the two lists differ in length (no partial score) or when a gold script cannot be read at all.
    /// </summary>
    public static OmniActScoreReport Score(IReadOnlyList<OmniActGoldItem> gold, IReadOnlyList<string> predictions, OmniActScoringMode mode)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        if (gold.Count != predictions.Count)
        {
            throw new OmniActScoringException(
                $"{predictions.Count} predictions for {gold.Count} gold items; predictions must be aligned by index, nothing was scored.");
        }

        var notes = new ScoringNotes();
        var items = new OmniActItemScore[gold.Count];
        for (var i = 0; i < gold.Count; i++)
        {
            var prediction = predictions[i] ?? string.Empty;
            items[i] = mode == OmniActScoringMode.Official
                ? OfficialItemScorer.Score(gold[i], prediction, notes)
                : CorrectedItemScorer.Score(gold[i], prediction, notes);
        }

        return new OmniActScoreReport(
            mode,
            OmniActScoreTotals.From(items),
            GroupTotals(items, item => item.Platform),
            GroupTotals(items, item => item.App),
            items,
            mode == OmniActScoringMode.Corrected ? notes.FixUses() : [],
            notes.Warnings);
    }

    private static SortedDictionary<string, OmniActScoreTotals> GroupTotals(
        IEnumerable<OmniActItemScore> items, Func<OmniActItemScore, string> key)
    {
        var groups = new SortedDictionary<string, OmniActScoreTotals>(StringComparer.Ordinal);
        foreach (var group in items.GroupBy(key, StringComparer.Ordinal))
        {
            groups[group.Key] = OmniActScoreTotals.From(group);
        }

        return groups;
    }
}
