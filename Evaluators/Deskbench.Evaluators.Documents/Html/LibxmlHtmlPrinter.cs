using System.Text;
using AngleSharp.Dom;

namespace Deskbench.Evaluators.Documents.Html;

/// <summary>
/// Serialises an element the way <c>lxml.html.tostring(element, pretty_print=True)</c> does (libxml2's HTML output in
/// format mode): a newline after the start tag and before the end tag of a non-inline element whose several children do
/// not start/end with text, a newline after a non-inline element followed by a non-text sibling, none inside elements
/// whose name starts with "p", void elements without end tags, and a final newline.
/// </summary>
internal static class LibxmlHtmlPrinter
{
    // libxml2's html40ElementTable entries flagged inline; elements it does not know get no formatting at all.
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "acronym", "applet", "b", "basefont", "bdo", "big", "br", "button", "cite", "code", "dfn", "font",
        "i", "iframe", "img", "input", "kbd", "label", "map", "object", "q", "s", "samp", "select", "small", "span",
        "strike", "strong", "sub", "sup", "textarea", "tt", "u", "var",
    };

    private static readonly HashSet<string> Block = new(StringComparer.Ordinal)
    {
        "address", "area", "base", "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "del", "dir",
        "div", "dl", "dt", "embed", "fieldset", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "hr", "html", "ins", "isindex", "legend", "li", "link", "menu", "meta", "noframes", "noscript", "ol", "optgroup",
        "option", "p", "param", "pre", "script", "style", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr",
        "ul",
    };

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "isindex", "link", "meta", "param",
        "source", "track", "wbr",
    };

    public static string Print(IElement element)
    {
        var output = new StringBuilder();
        Write(output, element);
        return output.Append('\n').ToString();
    }

    private static void Write(StringBuilder output, INode node)
    {
        switch (node)
        {
            case IElement element:
                WriteElement(output, element);
                break;
            case IComment comment:
                output.Append("<!--").Append(comment.Data).Append("-->");
                break;
            case IText text:
                var raw = text.ParentElement?.LocalName is "script" or "style";
                output.Append(raw ? text.Data : Escape(text.Data, attribute: false));
                break;
            default:
                break;
        }
    }

    private static void WriteElement(StringBuilder output, IElement element)
    {
        var name = element.LocalName;
        var formatted = Block.Contains(name);
        output.Append('<').Append(name);
        foreach (var attribute in element.Attributes)
        {
            output.Append(' ').Append(attribute.Name).Append("=\"").Append(Escape(attribute.Value, attribute: true)).Append('"');
        }

        output.Append('>');
        var children = element.ChildNodes;
        if (children.Length == 0)
        {
            if (!Void.Contains(name))
            {
                output.Append("</").Append(name).Append('>');
            }

            return;
        }

        var notP = !name.StartsWith('p');
        if (formatted && !IsText(children[0]) && children.Length > 1 && notP)
        {
            output.Append('\n');
        }

        foreach (var child in children)
        {
            Write(output, child);
            if (child is IElement childElement && Block.Contains(childElement.LocalName)
                && child.NextSibling is { } next && !IsText(next) && notP)
            {
                output.Append('\n');
            }
        }

        if (formatted && !IsText(children[^1]) && children.Length > 1 && notP)
        {
            output.Append('\n');
        }

        output.Append("</").Append(name).Append('>');
    }

    private static bool IsText(INode node) => node is IText;

    private static string Escape(string text, bool attribute)
    {
        var escaped = text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
        return attribute ? escaped.Replace("\"", "&quot;", StringComparison.Ordinal) : escaped;
    }
}
