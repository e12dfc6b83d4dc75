using Deskbench.Guest.Accessibility;

namespace Deskbench.Guest.Tests.Accessibility;

/// <summary>Children lists come from the cache only when it holds every child; otherwise the walker asks the application.</summary>
public sealed class CachedChildrenTests
{
    private const string Bus = ":1.5";

    private static CacheItem Item(string path, string parent, int? index, int? childCount) =>
        new(new AccessibleRef(Bus, path), new AccessibleRef(Bus, parent), index, "", 0, [], 0, childCount);

    [Fact]
    public void Complete_lists_are_ordered_by_index()
    {
        var children = new CachedChildren(
            [Item("/p", "/root", 0, 3), Item("/c2", "/p", 2, 0), Item("/c0", "/p", 0, 0), Item("/c1", "/p", 1, 0)], Bus);
        Assert.Equal(["/c0", "/c1", "/c2"], children.Of("/p")!.Select(c => c.Path));
        Assert.Empty(children.Of("/c0")!);
    }

    [Fact]
    public void Missing_children_unknown_counts_and_unknown_nodes_give_null()
    {
        var children = new CachedChildren(
            [Item("/p", "/root", 0, 3), Item("/c0", "/p", 0, 0), Item("/c2", "/p", 2, 0), Item("/q", "/root", 1, null), Item("/m", "/q", null, 0)],
            Bus);
        Assert.Null(children.Of("/p"));
        Assert.Null(children.Of("/q"));
        Assert.Null(children.Of("/nowhere"));
    }
}
