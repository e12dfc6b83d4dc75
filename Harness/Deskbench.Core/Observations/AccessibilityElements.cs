using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Deskbench.Core.Observations;

/// <summary>Reads OSWorld accessibility-tree elements the way Python's ElementTree presents them (tag, <c>.text</c>, <c>.get</c>).</summary>
internal static class AccessibilityElements
{
    /// <summary>Parses a tree keeping whitespace-only text, as ElementTree does.</summary>
    public static XElement Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return XDocument.Parse(xml, LoadOptions.PreserveWhitespace).Root
            ?? throw new FormatException("the accessibility tree has no root element");
    }

    /// <summary>ElementTree's <c>tag</c>: the local name, or <c>{namespace}name</c> for a namespaced element.</summary>
    public static string Tag(XElement element) =>
        element.Name.Namespace == XNamespace.None ? element.Name.LocalName : "{" + element.Name.NamespaceName + "}" + element.Name.LocalName;

    /// <summary>ElementTree's <c>.text</c>: the text before the first child element; null when there is none.</summary>
    public static string? Text(XElement element)
    {
        StringBuilder? text = null;
        foreach (var node in element.Nodes())
        {
            if (node is XElement)
            {
                break;
            }

            if (node is XText part)
            {
                (text ??= new StringBuilder()).Append(part.Value);
            }
        }

        return text?.ToString();
    }

    /// <summary>ElementTree's <c>.get(name, default)</c> for an attribute in <paramref name="ns"/> (null: no namespace).</summary>
    public static string? Get(XElement element, string? ns, string name) =>
        element.Attribute(ns is null ? XName.Get(name) : XName.Get(name, ns))?.Value;

    /// <summary>The text column of OSWorld's tables: the text, <c>"</c>-quoted (quotes doubled) when it contains a quote.</summary>
    public static string QuoteIfNeeded(string text) =>
        text.Contains('"', StringComparison.Ordinal) ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>
    /// The text column of a node (OSWorld's linearizer and set-of-marks table): its text; for a Windows edit control its value;
    /// otherwise <c>""</c> (two quote characters).
    /// </summary>
    public static string TextColumn(XElement element, AccessibilityPlatform platform)
    {
        if (Text(element) is { Length: > 0 } text)
        {
            return QuoteIfNeeded(text);
        }

        if ((Get(element, AccessibilityNamespaces.WindowsClass, "class") ?? "").EndsWith("EditWrapper", StringComparison.Ordinal)
            && Get(element, AccessibilityNamespaces.Value(platform), "value") is { Length: > 0 } value)
        {
            return QuoteIfNeeded(value);
        }

        return "\"\"";
    }

    /// <summary>
    /// Parses <c>"(a, b)"</c> as the filter's <c>eval</c> does; null when the text is not a pair of integers.
    /// </summary>
    public static (int First, int Second)? ParsePair(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '(' || trimmed[^1] != ')')
        {
            return null;
        }

        var parts = trimmed[1..^1].Split(',');
        return parts.Length == 2
            && int.TryParse(parts[0].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[1].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var second)
                ? (first, second)
                : null;
    }
}
