using System.Collections.Frozen;
using System.Xml.Linq;

namespace Deskbench.Core.Observations;

/// <summary>
/// OSWorld's node filter (<c>mm_agents/accessibility_tree_wrap/heuristic_retrieve.py</c> <c>judge_node</c> /
/// <c>filter_nodes</c>): keeps, in document order, the nodes an agent can act on. A node is kept when all hold:
/// its tag is an interactive or textual role (starts with <c>document</c>, ends with item, button, heading, label,
/// scrollbar, searchbox, textbox, link, tabelement, textfield, textarea or menu, or is one of a fixed set); it is
/// showing and visible (Windows: visible); it is enabled, editable, expandable or checkable; it has a name or text (or,
/// for set-of-marks, <c>image="true"</c>); and its screen position is ≥ 0 with a positive size.
/// </summary>
public static class AccessibilityNodeFilter
{
    private static readonly string[] KeptSuffixes =
        ["item", "button", "heading", "label", "scrollbar", "searchbox", "textbox", "link", "tabelement", "textfield", "textarea", "menu"];

    private static readonly FrozenSet<string> KeptTags = new[]
    {
        "alert", "canvas", "check-box", "combo-box", "entry", "icon", "image", "paragraph", "scroll-bar", "section", "slider",
        "static", "table-cell", "terminal", "text", "netuiribbontab", "start", "trayclockwclass", "traydummysearchcontrol",
        "uiimage", "uiproperty", "uiribboncommandbar",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The kept nodes of the tree <paramref name="xml"/>, in document order (the root included).</summary>
    public static IReadOnlyList<XElement> Filter(string xml, AccessibilityPlatform platform, bool checkImage = false) =>
        Filter(AccessibilityElements.Parse(xml), platform, checkImage);

    /// <summary>The kept nodes under and including <paramref name="root"/>, in document order.</summary>
    public static IReadOnlyList<XElement> Filter(XElement root, AccessibilityPlatform platform, bool checkImage = false)
    {
        ArgumentNullException.ThrowIfNull(root);
        return root.DescendantsAndSelf().Where(node => Keeps(node, platform, checkImage)).ToList();
    }

    /// <summary>OSWorld's <c>judge_node</c>.</summary>
    public static bool Keeps(XElement node, AccessibilityPlatform platform, bool checkImage = false)
    {
        ArgumentNullException.ThrowIfNull(node);
        var tag = AccessibilityElements.Tag(node);
        if (!(tag.StartsWith("document", StringComparison.Ordinal)
            || KeptSuffixes.Any(suffix => tag.EndsWith(suffix, StringComparison.Ordinal))
            || KeptTags.Contains(tag)))
        {
            return false;
        }

        var state = AccessibilityNamespaces.State(platform);
        bool Is(string name) => AccessibilityElements.Get(node, state, name) == "true";
        var shown = platform == AccessibilityPlatform.Windows ? Is("visible") : Is("showing") && Is("visible");
        if (!shown || !(Is("enabled") || Is("editable") || Is("expandable") || Is("checkable")))
        {
            return false;
        }

        var named = AccessibilityElements.Get(node, null, "name") is { Length: > 0 }
            || AccessibilityElements.Text(node) is { Length: > 0 }
            || (checkImage && AccessibilityElements.Get(node, null, "image") == "true");
        if (!named)
        {
            return false;
        }

        var component = AccessibilityNamespaces.Component(platform);
        var (x, y) = AccessibilityElements.ParsePair(AccessibilityElements.Get(node, component, "screencoord")) ?? (-1, -1);
        var (width, height) = AccessibilityElements.ParsePair(AccessibilityElements.Get(node, component, "size")) ?? (-1, -1);
        return x >= 0 && y >= 0 && width > 0 && height > 0;
    }
}
