namespace Deskbench.Core.Observations;

/// <summary>
/// The nodes OSWorld's <c>tag_screenshot</c> considers: the filtered nodes with images allowed (<c>check_image=True</c>)
/// whose <c>cp:screencoord</c> and <c>cp:size</c> parse as <c>(a, b)</c> with a positive size, in document order.
/// </summary>
public static class SetOfMarksCandidates
{
    public static IReadOnlyList<MarkCandidate> From(string xml, AccessibilityPlatform platform = AccessibilityPlatform.Ubuntu)
    {
        var component = AccessibilityNamespaces.Component(platform);
        var candidates = new List<MarkCandidate>();
        foreach (var node in AccessibilityNodeFilter.Filter(AccessibilityElements.Parse(xml), platform, checkImage: true))
        {
            if (AccessibilityElements.ParsePair(AccessibilityElements.Get(node, component, "screencoord")) is not var (x, y)
                || AccessibilityElements.ParsePair(AccessibilityElements.Get(node, component, "size")) is not var (width, height)
                || width <= 0 || height <= 0)
            {
                continue;
            }

            candidates.Add(new MarkCandidate(
                AccessibilityElements.Tag(node),
                AccessibilityElements.Get(node, null, "name") ?? "",
                AccessibilityElements.TextColumn(node, platform),
                x, y, width, height));
        }

        return candidates;
    }
}
