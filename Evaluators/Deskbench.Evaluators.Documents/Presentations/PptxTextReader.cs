using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Deskbench.Evaluators.Documents.Presentations;

/// <summary>Reads DrawingML text bodies into paragraphs and runs the way python-pptx reports them.</summary>
internal static class PptxTextReader
{
    private static readonly XNamespace A = PptxNames.A;

    /// <summary>The paragraphs of a text body; a missing body reads as one empty paragraph (python-pptx adds one).</summary>
    public static IReadOnlyList<PptxParagraph> Paragraphs(XElement? textBody)
    {
        var paragraphs = textBody?.Elements(A + "p").Select(Paragraph).ToList() ?? [];
        return paragraphs.Count == 0 ? [new PptxParagraph(string.Empty, null, 0, [])] : paragraphs;
    }

    private static PptxParagraph Paragraph(XElement paragraph)
    {
        var text = new StringBuilder();
        var runs = new List<PptxRun>();
        foreach (var child in paragraph.Elements())
        {
            if (child.Name == A + "r")
            {
                var run = Run(child);
                runs.Add(run);
                text.Append(run.Text);
            }
            else if (child.Name == A + "br")
            {
                text.Append('\v');
            }
            else if (child.Name == A + "fld")
            {
                text.Append((string?)child.Element(A + "t"));
            }
        }

        var properties = paragraph.Element(A + "pPr");
        var level = int.TryParse((string?)properties?.Attribute("lvl"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : 0;
        return new PptxParagraph(text.ToString(), (string?)properties?.Attribute("algn"), level, runs);
    }

    private static PptxRun Run(XElement run)
    {
        var properties = run.Element(A + "rPr");
        var size = int.TryParse((string?)properties?.Attribute("sz"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : (int?)null;
        var color = (string?)properties?.Element(A + "solidFill")?.Element(A + "srgbClr")?.Attribute("val");
        var baseline = int.TryParse((string?)properties?.Attribute("baseline"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var b) ? b : (int?)null;
        return new PptxRun(
            (string?)run.Element(A + "t") ?? string.Empty,
            (string?)properties?.Element(A + "latin")?.Attribute("typeface"),
            size,
            Bool((string?)properties?.Attribute("b")),
            Bool((string?)properties?.Attribute("i")),
            color?.ToUpperInvariant(),
            Underline((string?)properties?.Attribute("u")),
            (string?)properties?.Attribute("strike") ?? "noStrike",
            baseline is null ? null : baseline > 0)
        {
            HasStrikeAttribute = properties?.Attribute("strike") is not null,
        };
    }

    private static bool? Bool(string? value) => value switch
    {
        null => null,
        "1" or "true" => true,
        _ => false,
    };

    /// <summary>python-pptx's <c>font.underline</c>: None, False ("none"), True ("sng") or another MSO_UNDERLINE member.</summary>
    private static string? Underline(string? value) => value switch
    {
        null => null,
        "none" => "False",
        "sng" => "True",
        _ => value,
    };
}
