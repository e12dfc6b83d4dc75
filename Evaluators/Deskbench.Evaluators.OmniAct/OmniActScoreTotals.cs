namespace Deskbench.Evaluators.OmniAct;

/// <summary>
/// Aggregated scores over a set of items, as percentages (×100) of the ideal score Σ(n − 0.9), the way the official
/// script reports them. A value is null when the ideal score is 0 (the official script would divide by zero).
/// </summary>
/// <param name="Items">Items counted.</param>
/// <param name="IdealScore">Σ of item weights.</param>
/// <param name="SequenceScore">Sequence Score, percent.</param>
/// <param name="ActionScore">Action Score, percent.</param>
/// <param name="ClickPenalty">Click penalty M_p, percent.</param>
/// <param name="KeyPenalty">Key (press/hotkey) penalty K_p, percent.</param>
/// <param name="WritePenalty">Write penalty W_p, percent.</param>
public sealed record OmniActScoreTotals(
    int Items,
    double IdealScore,
    double? SequenceScore,
    double? ActionScore,
    double? ClickPenalty,
    double? KeyPenalty,
    double? WritePenalty)
{
    /// <summary>Aggregates item scores; excluded items are skipped.</summary>
    public static OmniActScoreTotals From(IEnumerable<OmniActItemScore> items)
    {
        var count = 0;
        double ideal = 0, sequence = 0, action = 0, click = 0, key = 0, write = 0;
        foreach (var item in items)
        {
            if (item.Excluded)
            {
                continue;
            }

            count++;
            ideal += item.Weight;
            sequence += item.SequenceContribution;
            action += item.ActionContribution;
            if (item.SequenceMatched)
            {
                click += item.ClickPenalty * item.Weight;
                key += item.KeyPenalty * item.Weight;
                write += item.WritePenalty * item.Weight;
            }
        }

        double? Percent(double value) => ideal == 0 ? null : 100 * value / ideal;
        return new OmniActScoreTotals(count, ideal, Percent(sequence), Percent(action), Percent(click), Percent(key), Percent(write));
    }
}
