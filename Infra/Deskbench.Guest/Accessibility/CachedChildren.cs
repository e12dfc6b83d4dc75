namespace Deskbench.Guest.Accessibility;

/// <summary>
/// Children lists rebuilt from an application's cache (each item names its parent and its index there). A list is given
/// only when it is complete: the parent's cached child count is matched by one cached child at each index 0..count-1;
/// otherwise the walker asks the application (<c>GetChildren</c>).
/// </summary>
internal sealed class CachedChildren
{
    private readonly Dictionary<string, SortedList<int, AccessibleRef>> _byParent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> _counts = new(StringComparer.Ordinal);

    public CachedChildren(IEnumerable<CacheItem> items, string bus)
    {
        foreach (var item in items)
        {
            _counts[item.Self.Path] = item.ChildCount;
            if (item.IndexInParent is not { } index || item.Parent.Bus != bus)
            {
                continue;
            }

            if (!_byParent.TryGetValue(item.Parent.Path, out var children))
            {
                children = [];
                _byParent[item.Parent.Path] = children;
            }

            children.TryAdd(index, item.Self);
        }
    }

    public static CachedChildren Empty { get; } = new([], "");

    /// <summary>The children of <paramref name="parent"/> in order, when the cache holds all of them.</summary>
    public IReadOnlyList<AccessibleRef>? Of(string parent)
    {
        if (!_counts.TryGetValue(parent, out var count) || count is not { } expected)
        {
            return null;
        }

        if (expected == 0)
        {
            return [];
        }

        if (!_byParent.TryGetValue(parent, out var children) || children.Count != expected
            || children.Keys[0] != 0 || children.Keys[expected - 1] != expected - 1)
        {
            return null;
        }

        return children.Values as IReadOnlyList<AccessibleRef> ?? [.. children.Values];
    }
}
