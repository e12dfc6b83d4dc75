using System.Text;
using System.Xml.Linq;

namespace Deskbench.Core.Observations;

/// <summary>
/// OSWorld's <c>linearize_accessibility_tree</c> (<c>mm_agents/agent.py</c>): the filtered nodes
/// (<see cref="AccessibilityNodeFilter"/>) as a tab-separated table under <see cref="Header"/>, one line per node: tag,
/// name, text (quoted when it holds a quote; <c>""</c> when empty), class, description, and the raw <c>(x, y)</c> and
/// <c>(w, h)</c> strings. Like OSWorld, class and description are read from the Windows attributes namespace, so they
/// are empty for Ubuntu trees. Lines are joined by <c>\n</c> without a trailing newline.
/// </summary>
public static class AccessibilityTreeLinearizer
{
    /// <summary>The table's header line, exactly OSWorld's.</summary>
    public const string Header = "tag\tname\ttext\tclass\tdescription\tposition (top-left x&y)\tsize (w&h)";

    /// <summary>Linearizes the tree <paramref name="xml"/> (OSWorld XML, as <c>GET /accessibility</c> returns it).</summary>
    public static string Linearize(string xml, AccessibilityPlatform platform = AccessibilityPlatform.Ubuntu) =>
        Linearize(AccessibilityElements.Parse(xml), platform);

    public static string Linearize(XElement root, AccessibilityPlatform platform = AccessibilityPlatform.Ubuntu)
    {
        var table = new StringBuilder(Header);
        var component = AccessibilityNamespaces.Component(platform);
        var attributes = AccessibilityNamespaces.LinearizerAttributes;
        foreach (var node in AccessibilityNodeFilter.Filter(root, platform))
        {
            var className = platform == AccessibilityPlatform.Ubuntu
                ? AccessibilityElements.Get(node, attributes, "class")
                : AccessibilityElements.Get(node, AccessibilityNamespaces.WindowsClass, "class");
            table.Append('\n')
                .Append(AccessibilityElements.Tag(node)).Append('\t')
                .Append(AccessibilityElements.Get(node, null, "name") ?? "").Append('\t')
                .Append(AccessibilityElements.TextColumn(node, platform)).Append('\t')
                .Append(className ?? "").Append('\t')
                .Append(AccessibilityElements.Get(node, attributes, "description") ?? "").Append('\t')
                .Append(AccessibilityElements.Get(node, component, "screencoord") ?? "").Append('\t')
                .Append(AccessibilityElements.Get(node, component, "size") ?? "");
        }

        return table.ToString();
    }
}
