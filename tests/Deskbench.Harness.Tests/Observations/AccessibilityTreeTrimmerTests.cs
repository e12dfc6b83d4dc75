using Deskbench.Harness.Observations;

namespace Deskbench.Harness.Tests.Observations;

public sealed class AccessibilityTreeTrimmerTests
{
    [Fact]
    public void Tokens_are_counted_with_gpt4s_encoding()
    {
        Assert.Equal(2, AccessibilityTreeTrimmer.CountTokens("hello world"));
        Assert.Equal(0, AccessibilityTreeTrimmer.CountTokens(""));
    }

    [Fact]
    public void A_short_tree_is_unchanged()
    {
        const string table = "tag\tname\ttext\nlabel\tOK\t\"\"";
        Assert.Same(table, AccessibilityTreeTrimmer.Trim(table, 100));
    }

    [Fact]
    public void A_long_tree_keeps_its_first_tokens_and_gets_the_marker()
    {
        var table = string.Join("\n", Enumerable.Range(0, 500).Select(i => $"push-button\tButton {i}\t\"\"\t\t\t({i}, 0)\t(10, 10)"));

        var trimmed = AccessibilityTreeTrimmer.Trim(table, 50);

        Assert.EndsWith(AccessibilityTreeTrimmer.Marker, trimmed, StringComparison.Ordinal);
        var kept = trimmed[..^AccessibilityTreeTrimmer.Marker.Length];
        Assert.StartsWith(kept, table, StringComparison.Ordinal);
        Assert.InRange(AccessibilityTreeTrimmer.CountTokens(kept), 45, 50);
        Assert.Equal(10000, AccessibilityTreeTrimmer.DefaultMaxTokens);
    }
}
