using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Deskbench.Evaluators.Documents.Packaging;
using Deskbench.Evaluators.Documents.Spreadsheets;

namespace Deskbench.Evaluators.Documents.WordProcessing;

/// <summary>
/// A .docx read the way OSWorld's python-docx (1.x) metrics see it: body-level paragraphs (not those in tables),
/// body-level tables, and the images the main document part relates to, in relationship order.
/// </summary>
internal sealed class DocxDocument
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxDocument(IReadOnlyList<DocxParagraph> paragraphs, IReadOnlyList<DocxTable> tables, IReadOnlyList<byte[]> images, IReadOnlyList<string> footers)
    {
        Paragraphs = paragraphs;
        Tables = tables;
        Images = images;
        Footers = footers;
    }

    /// <summary>The runs of the paragraphs in body tables' cells (python-docx row.cells → paragraphs → runs).</summary>
    public IReadOnlyList<DocxRun> TableRuns { get; private init; } = [];

    /// <summary>compare_highlighted_text's view: the first w:t of every run in document.xml whose highlight is not "none".</summary>
    public IReadOnlyList<string> HighlightedTexts { get; private init; } = [];

    /// <summary>The first section's text width in EMU (page width minus left and right margins), or null without a section.</summary>
    public long? FirstSectionTextWidth { get; private init; }

    /// <summary>For each section, the text of its default footer's first paragraph ("" when it has none).</summary>
    public IReadOnlyList<string> Footers { get; }

    public IReadOnlyList<DocxParagraph> Paragraphs { get; }

    public IReadOnlyList<DocxTable> Tables { get; }

    /// <summary>The bytes of every image part related to word/document.xml.</summary>
    public IReadOnlyList<byte[]> Images { get; }

    public static DocxDocument Open(string metric, string path)
    {
        using var package = OpenXmlPackages.OpenWordprocessing(metric, path);
        var mainPart = package.MainDocumentPart
            ?? throw new DocumentReadException(metric, path, "the package has no main document part (not a Word document)");
        var document = OpenXmlPackages.ReadXml(metric, path, mainPart)?.Root
            ?? throw new DocumentReadException(metric, path, "the main document part is empty (not a Word document)");
        var body = document.Element(W + "body");
        var paragraphs = body?.Elements(W + "p").Select(Paragraph).ToList() ?? [];
        var tables = body?.Elements(W + "tbl").Select(Table).ToList() ?? [];
        var images = mainPart.Parts
            .Where(pair => pair.OpenXmlPart.RelationshipType.Contains("image", StringComparison.Ordinal))
            .Select(pair => OpenXmlPackages.ReadBytes(metric, path, pair.OpenXmlPart))
            .ToList();
        var footers = new List<string>();
        string? previous = null;
        foreach (var section in document.Descendants(W + "sectPr"))
        {
            var reference = section.Elements(W + "footerReference").FirstOrDefault(f => (string?)f.Attribute(W + "type") is null or "default");
            var id = (string?)reference?.Attribute(XlsxNames.Relationships + "id");
            if (OpenXmlPackages.PartById(mainPart, id) is { } footerPart)
            {
                var footer = OpenXmlPackages.ReadXml(metric, path, footerPart)?.Root;
                previous = footer?.Elements(W + "p").Select(ParagraphText).FirstOrDefault() ?? string.Empty;
            }

            // A section without its own footer shows the previous section's (python-docx: is_linked_to_previous).
            footers.Add(previous ?? string.Empty);
        }

        var firstSection = document.Descendants(W + "sectPr").FirstOrDefault();
        long? textWidth = firstSection is null ? null
            : (((long?)firstSection.Element(W + "pgSz")?.Attribute(W + "w") ?? 0)
                - ((long?)firstSection.Element(W + "pgMar")?.Attribute(W + "left") ?? 0)
                - ((long?)firstSection.Element(W + "pgMar")?.Attribute(W + "right") ?? 0)) * 635;
        return new DocxDocument(paragraphs, tables, images, footers)
        {
            FirstSectionTextWidth = textWidth,
            TableRuns = [.. (body?.Elements(W + "tbl") ?? []).Descendants(W + "tc").Elements(W + "p").Elements(W + "r").Select(DocxRunReader.Read)],
            HighlightedTexts = [.. document.Descendants(W + "r")
                .Where(r => r.Descendants(W + "highlight").FirstOrDefault() is { } h && (string?)h.Attribute(W + "val") != "none")
                .Select(r => r.Descendants(W + "t").FirstOrDefault()?.Value)
                .OfType<string>()],
        };
    }

    /// <summary>python-docx's <c>paragraph.text</c>: the text of its direct runs and hyperlinks.</summary>
    public static string ParagraphText(XElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var child in paragraph.Elements())
        {
            if (child.Name == W + "r")
            {
                AppendRun(text, child);
            }
            else if (child.Name == W + "hyperlink")
            {
                foreach (var run in child.Elements(W + "r"))
                {
                    AppendRun(text, run);
                }
            }
        }

        return text.ToString();
    }

    private static void AppendRun(StringBuilder text, XElement run)
    {
        foreach (var item in run.Elements())
        {
            switch (item.Name.LocalName)
            {
                case "t":
                    text.Append(item.Value);
                    break;
                case "tab" or "ptab":
                    text.Append('\t');
                    break;
                case "br":
                    var type = (string?)item.Attribute(W + "type");
                    if (type is null or "textWrapping")
                    {
                        text.Append('\n');
                    }

                    break;
                case "cr":
                    text.Append('\n');
                    break;
                case "noBreakHyphen":
                    text.Append('-');
                    break;
            }
        }
    }

    private static DocxParagraph Paragraph(XElement paragraph)
    {
        var properties = paragraph.Element(W + "pPr");
        var spacing = properties?.Element(W + "spacing");
        DocxLineSpacing? lineSpacing = null;
        if (double.TryParse((string?)spacing?.Attribute(W + "line"), NumberStyles.Float, CultureInfo.InvariantCulture, out var line))
        {
            lineSpacing = (string?)spacing!.Attribute(W + "lineRule") == "auto"
                ? new DocxLineSpacing(true, line / 240.0)
                : new DocxLineSpacing(false, line * 635);
        }

        return new DocxParagraph(
            ParagraphText(paragraph),
            lineSpacing,
            (string?)properties?.Element(W + "jc")?.Attribute(W + "val"),
            [.. paragraph.Elements(W + "r").Select(DocxRunReader.Read)])
        {
            TabStops = [.. (properties?.Element(W + "tabs")?.Elements(W + "tab") ?? [])
                .Select(t => ((string?)t.Attribute(W + "val") ?? "left", (long?)t.Attribute(W + "pos") * 635 ?? 0))],
        };
    }

    private static DocxTable Table(XElement table)
    {
        var columns = table.Element(W + "tblGrid")?.Elements(W + "gridCol").Count() ?? 0;
        var rows = new List<List<string>>();
        foreach (var row in table.Elements(W + "tr"))
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements(W + "tc"))
            {
                var properties = cell.Element(W + "tcPr");
                var span = int.TryParse((string?)properties?.Element(W + "gridSpan")?.Attribute(W + "val"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 1;
                var merge = properties?.Element(W + "vMerge");
                var continues = merge is not null && (string?)merge.Attribute(W + "val") is null or "continue";
                var text = continues && rows.Count > 0 && cells.Count < rows[^1].Count
                    ? rows[^1][cells.Count]
                    : string.Join('\n', cell.Elements(W + "p").Select(ParagraphText));
                for (var i = 0; i < span; i++)
                {
                    cells.Add(text);
                }
            }

            rows.Add(cells);
        }

        return new DocxTable(rows.Count, columns, rows);
    }
}
