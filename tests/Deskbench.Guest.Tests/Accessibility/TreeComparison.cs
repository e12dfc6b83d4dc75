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
