using System.Text;

namespace Deskbench.Guest.Accessibility;

/// <summary>
/// Writes the tree as lxml's <c>tostring(root, encoding="unicode")</c> does: namespace declarations on the root only,
/// <c>&lt;tag/&gt;</c> for empty elements, libxml2's escaping (tab, newline and carriage return as character references in
/// attributes). Characters XML cannot carry (control characters, U+FFFE/U+FFFF, lone surrogates) are dropped, where lxml
/// would refuse the whole node; attributes whose names are not XML names are skipped for the same reason.
/// </summary>
public static class AccessibilityXmlWriter
{
    public const string RootTag = "desktop-frame";

    public static string Write(IEnumerable<AccessibleElement> applications)
    {
        var builder = new StringBuilder(64 * 1024);
        builder.Append('<').Append(RootTag);
        foreach (var (prefix, uri) in AccessibilityNamespaces.All)
        {
            builder.Append(" xmlns:").Append(prefix).Append("=\"").Append(uri).Append('"');
        }

        var any = false;
        foreach (var application in applications)
        {
            if (!any)
            {
                builder.Append('>');
                any = true;
            }

            WriteElement(builder, application);
        }

        builder.Append(any ? $"</{RootTag}>" : "/>");
        return builder.ToString();
    }

    private static void WriteElement(StringBuilder builder, AccessibleElement element)
    {
        builder.Append('<').Append(element.Tag);
        foreach (var (name, value) in element.Attributes)
        {
            if (!XmlNames.IsQualifiedName(name))
            {
                continue;
            }

            builder.Append(' ').Append(name).Append("=\"");
            Escape(builder, value, attribute: true);
            builder.Append('"');
        }

        if (element.Text.Length == 0 && element.Children.Count == 0)
        {
            builder.Append("/>");
            return;
        }

        builder.Append('>');
        Escape(builder, element.Text, attribute: false);
        foreach (var child in element.Children)
        {
            WriteElement(builder, child);
        }

        builder.Append("</").Append(element.Tag).Append('>');
    }

    private static void Escape(StringBuilder builder, string text, bool attribute)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"' when attribute: builder.Append("&quot;"); break;
                case '\n' when attribute: builder.Append("&#10;"); break;
                case '\t' when attribute: builder.Append("&#9;"); break;
                case '\r': builder.Append("&#13;"); break;
                case '\n' or '\t': builder.Append(c); break;
                case < ' ' or '\uFFFE' or '\uFFFF': break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (!char.IsSurrogate(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
    }
}
