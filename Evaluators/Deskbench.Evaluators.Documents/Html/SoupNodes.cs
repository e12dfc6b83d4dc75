using AngleSharp.Dom;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Html;

/// <summary>
/// A DOM seen the way BeautifulSoup shows it to OSWorld's <c>compare_htmls</c>: every node below the document in document
/// order (<c>recursiveChildGenerator</c>), an element's <c>.text</c> and its <c>.attrs</c> (with bs4's multi-valued
/// attributes such as <c>class</c> split on whitespace).
/// </summary>
internal static class SoupNodes
{
    private static readonly HashSet<string> MultiValuedAttributes = new(StringComparer.Ordinal)
    {
        "class", "rel", "rev", "accept-charset", "headers", "accesskey", "dropzone",
    };

    private static readonly HashSet<string> StringContainers = new(StringComparer.Ordinal)
    {
        "rt", "rp", "style", "script", "template",
    };

    /// <summary>All nodes below <paramref name="root"/>, depth first, in document order.</summary>
    public static IEnumerable<INode> Descendants(INode root)
    {
        foreach (var child in root.ChildNodes)
        {
            yield return child;
            foreach (var below in Descendants(child))
            {
                yield return below;
            }
        }
    }

    /// <summary>
    /// The string a non-element node compares as (a bs4 NavigableString, Comment or Doctype is a <c>str</c>).
    /// </summary>
    public static string StringValue(INode node) => node switch
    {
        IDocumentType doctype => DoctypeString(doctype),
        _ => node.TextContent,
    };

    /// <summary>
    /// bs4's <c>Tag.text</c>: the element's descendant strings of the element's own kind. Text under <c>script</c>,
    /// <c>style</c>, <c>rt</c>, <c>rp</c> or <c>template</c> belongs to that container, comments to no element.
    /// </summary>
    public static string Text(IElement element)
    {
        var ownKind = StringContainers.Contains(element.LocalName) ? element.LocalName : null;
        var builder = new System.Text.StringBuilder();
        foreach (var node in Descendants(element))
        {
            if (node is IText text && ContainerOf(text, element) == ownKind)
            {
                builder.Append(text.Data);
            }
        }

        return builder.ToString();
    }

    /// <summary>bs4's <c>Tag.attrs</c> as comparable entries (multi-valued attributes normalised to single-spaced words).</summary>
    public static Dictionary<string, string> Attributes(IElement element)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in element.Attributes)
        {
            var value = MultiValuedAttributes.Contains(attribute.Name)
                ? "\u0001" + string.Join(' ', attribute.Value.Split(WhitespaceCharacters, StringSplitOptions.RemoveEmptyEntries))
                : attribute.Value;
            attributes[attribute.Name] = value;
        }

        return attributes;
    }

    /// <summary>Python's <c>str.strip()</c> of an element's text.</summary>
    public static string StrippedText(IElement element) => PythonText.Strip(Text(element));

    private static readonly char[] WhitespaceCharacters = [' ', '\t', '\n', '\r', '\f'];

    private static string? ContainerOf(INode text, IElement stopAbove)
    {
        for (var parent = text.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (StringContainers.Contains(parent.LocalName))
            {
                return parent.LocalName;
            }

            if (ReferenceEquals(parent, stopAbove))
            {
                break;
            }
        }

        // A container above the element decides too (bs4 types a string by the innermost open container).
        for (var parent = stopAbove.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (StringContainers.Contains(parent.LocalName))
            {
                return parent.LocalName;
            }
        }

        return null;
    }

    private static string DoctypeString(IDocumentType doctype)
    {
        var value = doctype.Name;
        if (!string.IsNullOrEmpty(doctype.PublicIdentifier))
        {
            value += $" PUBLIC \"{doctype.PublicIdentifier}\"";
            if (!string.IsNullOrEmpty(doctype.SystemIdentifier))
            {
                value += $" \"{doctype.SystemIdentifier}\"";
            }
        }
        else if (!string.IsNullOrEmpty(doctype.SystemIdentifier))
        {
            value += $" SYSTEM \"{doctype.SystemIdentifier}\"";
        }

        return value;
    }
}
