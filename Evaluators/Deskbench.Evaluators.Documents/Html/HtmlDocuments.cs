using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Deskbench.Evaluators.Documents.Html;

/// <summary>Parses HTML text into a DOM (AngleSharp's HTML5 parser, no scripting, no resource loading).</summary>
internal static class HtmlDocuments
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
