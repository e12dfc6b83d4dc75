namespace Deskbench.Evaluators.OmniAct.Scoring;

/// <summary>Collects warnings and, in corrected mode, which items each fix affected.</summary>
internal sealed class ScoringNotes
{
    private readonly Dictionary<OmniActFix, HashSet<string>> _fixItems = [];

    public List<string> Warnings { get; } = [];

    public void Warn(string itemId, string message) => Warnings.Add($"item {itemId}: {message}");

    public void FixUsed(OmniActFix fix, string itemId)
    {
        if (!_fixItems.TryGetValue(fix, out var ids))
        {
            ids = new HashSet<string>(StringComparer.Ordinal);
            _fixItems[fix] = ids;
        }

        ids.Add(itemId);
    }

    public IReadOnlyList<OmniActFixUse> FixUses() =>
        [.. Enum.GetValues<OmniActFix>().Select(fix => new OmniActFixUse(fix, _fixItems.TryGetValue(fix, out var ids) ? ids.Count : 0))];
}
