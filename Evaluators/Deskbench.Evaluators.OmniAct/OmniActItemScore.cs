namespace Deskbench.Evaluators.OmniAct;

/// <summary>The score of one item. Penalties are per item, already divided by the gold length (each action weighs 1/n).</summary>
/// <param name="Id">The split index.</param>
/// <param name="App">App or website.</param>
/// <param name="Platform">"desktop" or "web".</param>
/// <param name="GoldLength">Number of gold actions (n).</param>
/// <param name="Weight">The item weight n − 0.9 (its ideal score).</param>
/// <param name="SequenceMatched">Whether the predicted action-type sequence equals the gold one.</param>
/// <param name="ClickPenalty">Σ over click actions of d/(d+μ) / n (only when the sequence matched).</param>
/// <param name="KeyPenalty">Σ over press/hotkey actions of a key mismatch / n.</param>
/// <param name="WritePenalty">Σ over write actions of (1 − BLEU) / n.</param>
/// <param name="Excluded">True when corrected mode left the item out of every total (malformed gold).</param>
public sealed record OmniActItemScore(
    string Id,
    string App,
    string Platform,
    int GoldLength,
    double Weight,
    bool SequenceMatched,
    double ClickPenalty,
    double KeyPenalty,
    double WritePenalty,
    bool Excluded)
{
    /// <summary>This item's contribution to the action-score numerator: max(match − penalties, 0) · weight.</summary>
    public double ActionContribution =>
        Math.Max((SequenceMatched ? 1 : 0) - ClickPenalty - KeyPenalty - WritePenalty, 0) * Weight;

    /// <summary>This item's contribution to the sequence-score numerator: match · weight.</summary>
    public double SequenceContribution => SequenceMatched ? Weight : 0;
}
