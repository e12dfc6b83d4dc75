using System.Xml.Linq;

namespace Deskbench.Guest.Tests.Accessibility;

/// <summary>
/// The parity checks between two trees of the same screen: same number of nodes, same multiset of (tag, name), same
/// coordinates and sizes for the nodes that have them (visible and showing). Returns what differs, empty when they agree.
/// </summary>
internal static class TreeComparison
{
    public static IReadOnlyList<string> Differences(XElement ours, XElement reference)
    {
        var differences = new List<string>();
        var a = ours.DescendantsAndSelf().ToList();
        var b = reference.DescendantsAndSelf().ToList();
        if (a.Count != b.Count)
        {
            differences.Add($"node count: ours {a.Count}, pyatspi {b.Count}");
        }

        Compare(differences, "tag/name", Multiset(a, e => $"{e.Name.LocalName} \"{e.Attribute("name")?.Value}\""),
            Multiset(b, e => $"{e.Name.LocalName} \"{e.Attribute("name")?.Value}\""));
        Compare(differences, "coordinates", Multiset(a.Where(HasBox), Box), Multiset(b.Where(HasBox), Box));
        return differences;
    }

    /// <summary>
    /// Node for node in document order: same tag, same attributes with the same values (in any order: pyatspi's attribute
    /// dictionary comes from a hash table), same text. Returns what differs, empty when the trees are the same.
    /// </summary>
    public static IReadOnlyList<string> NodeDifferences(XElement ours, XElement reference)
    {
        var differences = new List<string>();
        var a = ours.DescendantsAndSelf().ToList();
        var b = reference.DescendantsAndSelf().ToList();
        if (a.Count != b.Count)
        {
            differences.Add($"node count: ours {a.Count}, pyatspi {b.Count}");
        }

        for (var i = 0; i < Math.Min(a.Count, b.Count) && differences.Count < 20; i++)
        {
            var (x, y) = (a[i], b[i]);
            var mine = Attributes(x);
            var theirs = Attributes(y);
            if (x.Name != y.Name || mine != theirs || Text(x) != Text(y))
            {
                differences.Add($"node {i}: ours <{x.Name.LocalName} {mine}>{Text(x)}, pyatspi <{y.Name.LocalName} {theirs}>{Text(y)}");
            }
        }

        return differences;
    }

    private static string Attributes(XElement element) =>
        string.Join(" ", element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => $"{a.Name}=\"{a.Value}\"").Order(StringComparer.Ordinal));

    private static string Text(XElement element) => string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value));

    private static bool HasBox(XElement element) => element.Attribute(AccessibilityXml.Cp + "screencoord") is not null;

    private static string Box(XElement element) =>
        $"{element.Name.LocalName} \"{element.Attribute("name")?.Value}\" at {element.Attribute(AccessibilityXml.Cp + "screencoord")?.Value} " +
        $"size {element.Attribute(AccessibilityXml.Cp + "size")?.Value}";

    private static Dictionary<string, int> Multiset(IEnumerable<XElement> elements, Func<XElement, string> key) =>
        elements.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static void Compare(List<string> differences, string what, Dictionary<string, int> ours, Dictionary<string, int> reference)
    {
        foreach (var key in ours.Keys.Union(reference.Keys).Order(StringComparer.Ordinal))
        {
            var x = ours.GetValueOrDefault(key);
            var y = reference.GetValueOrDefault(key);
            if (x != y && differences.Count < 40)
            {
                differences.Add($"{what}: {key}: ours {x}, pyatspi {y}");
            }
        }
    }
}
