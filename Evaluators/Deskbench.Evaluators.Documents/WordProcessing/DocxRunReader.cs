using System.Globalization;
using System.Xml.Linq;

namespace Deskbench.Evaluators.Documents.WordProcessing;

/// <summary>Reads one <c>w:r</c> into a <see cref="DocxRun"/>.</summary>
internal static class DocxRunReader
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static DocxRun Read(XElement run)
    {
        var properties = run.Element(W + "rPr");
        var vertical = (string?)properties?.Element(W + "vertAlign")?.Attribute(W + "val");
        var size = double.TryParse((string?)properties?.Element(W + "sz")?.Attribute(W + "val"), NumberStyles.Float, CultureInfo.InvariantCulture, out var halfPoints)
            ? halfPoints / 2
            : (double?)null;
        var text = new System.Text.StringBuilder();
        foreach (var item in run.Elements())
        {
            text.Append(item.Name.LocalName switch
            {
                "t" => item.Value,
                "tab" or "ptab" => "\t",
                "br" when (string?)item.Attribute(W + "type") is null or "textWrapping" => "\n",
                "cr" => "\n",
                "noBreakHyphen" => "-",
                _ => string.Empty,
            });
        }

        return new DocxRun(
            text.ToString(),
            (string?)properties?.Element(W + "rFonts")?.Attribute(W + "ascii"),
            Toggle(properties?.Element(W + "b")),
            Toggle(properties?.Element(W + "i")),
            Toggle(properties?.Element(W + "strike")),
            vertical is null ? null : vertical == "subscript",
            size,
            (string?)properties?.Element(W + "highlight")?.Attribute(W + "val"),
            run.Descendants().Any(e => e.Name.LocalName == "graphicData"),
            run.Descendants(W + "object").Any(),
            run.Descendants(W + "br").Count(b => (string?)b.Attribute(W + "type") == "page"))
        {
            ColorHex = (string?)properties?.Element(W + "color")?.Attribute(W + "val") is { Length: 6 } hex ? hex : null,
        };
    }

    /// <summary>python-docx's tri-state toggle: null when absent, else the w:val (default true).</summary>
    private static bool? Toggle(XElement? element) =>
        element is null ? null : (string?)element.Attribute(W + "val") is not ("0" or "false" or "off");
}
