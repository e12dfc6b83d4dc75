using System.Xml.Linq;
using Deskbench.Evaluators.Documents.Packaging;
using Deskbench.Evaluators.Documents.Spreadsheets;

namespace Deskbench.Evaluators.Documents.WordProcessing;

/// <summary>
/// OSWorld's odfpy reading of an .odt (<c>get_paragraph_texts_odt</c>): every <c>text:p</c> of the loaded document —
/// quirk: including those of the master styles (headers, footers) and of tables — with only its direct text and the
/// direct text of its <c>text:span</c> children.
/// </summary>
internal static class OdtDocument
{
    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    public static IReadOnlyList<string> ParagraphTexts(string metric, string path)
    {
        using var archive = ZipXmlPackage.OpenZip(metric, path);
        var content = ZipXmlPackage.ReadXml(metric, path, archive, "content.xml")
            ?? throw new DocumentReadException(metric, path, "the package has no content.xml (not an OpenDocument file)");
        var styles = ZipXmlPackage.ReadXml(metric, path, archive, "styles.xml");
        return [.. (styles?.Descendants(Text + "p") ?? []).Concat(content.Descendants(Text + "p")).Select(Paragraph)];
    }

    private static string Paragraph(XElement paragraph) =>
        string.Concat(paragraph.Nodes().Select(node => node switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "span" } span when span.Name.Namespace == Text => string.Concat(span.Nodes().OfType<XText>().Select(t => t.Value)),
            _ => string.Empty,
        }));
}
