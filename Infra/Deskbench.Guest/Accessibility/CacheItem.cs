namespace Deskbench.Guest.Accessibility;

/// <summary>
/// One entry of an application's <c>org.a11y.atspi.Cache.GetItems</c> answer: what the tree needs without asking again.
/// <paramref name="ChildCount"/> and <paramref name="IndexInParent"/> are null where the bridge does not say (it sends -1).
/// </summary>
public sealed record CacheItem(
    AccessibleRef Self,
    AccessibleRef Parent,
    int? IndexInParent,
    string Name,
    uint Role,
    IReadOnlyList<string> Interfaces,
    ulong States,
    int? ChildCount);
