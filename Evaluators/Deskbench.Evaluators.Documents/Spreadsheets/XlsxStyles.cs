using System.Globalization;
using System.Xml.Linq;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>The parts of <c>xl/styles.xml</c> OSWorld reads through openpyxl: cell formats, fonts, fills, number formats.</summary>
internal sealed class XlsxStyles
{
    /// <summary>openpyxl's answer for <c>Color.rgb</c> of a theme or indexed colour (quirk: the descriptor's error text).</summary>
    public const string NonRgbColor = "Values must be of type <class 'str'>";

    private static readonly XNamespace M = XlsxNames.Main;
    private readonly List<XElement> cellFormats;
    private readonly List<XElement> fonts;
    private readonly List<XElement> fills;
    private readonly Dictionary<int, string> numberFormats;

    public XlsxStyles(XDocument? document)
    {
        var root = document?.Root;
        cellFormats = root?.Element(M + "cellXfs")?.Elements(M + "xf").ToList() ?? [];
        fonts = root?.Element(M + "fonts")?.Elements(M + "font").ToList() ?? [];
        fills = root?.Element(M + "fills")?.Elements(M + "fill").ToList() ?? [];
        numberFormats = root?.Element(M + "numFmts")?.Elements(M + "numFmt")
            .ToDictionary(f => (int?)f.Attribute("numFmtId") ?? -1, f => (string?)f.Attribute("formatCode") ?? string.Empty)
            ?? [];
    }

    /// <summary>The number format code of a cell style ("General" by default).</summary>
    public string NumberFormat(int styleIndex)
    {
        var id = (int?)Format(styleIndex)?.Attribute("numFmtId") ?? 0;
        return numberFormats.TryGetValue(id, out var code) ? code : BuiltInNumberFormats.Code(id);
    }

    /// <summary><c>cell.font.color.rgb</c>: the aRGB text, <see cref="NonRgbColor"/> for theme/indexed colours, null without a colour.</summary>
    public string? FontColor(int styleIndex)
    {
        var color = Font(styleIndex)?.Element(M + "color");
        return color is null ? null : ColorRgb(color);
    }

    /// <summary><c>cell.font.bold</c>: true/false when written, null when the font has no <c>b</c> element.</summary>
    public bool? FontBold(int styleIndex)
    {
        var bold = Font(styleIndex)?.Element(M + "b");
        return bold is null ? null : ParseBool((string?)bold.Attribute("val"));
    }

    public bool? FontItalic(int styleIndex)
    {
        var italic = Font(styleIndex)?.Element(M + "i");
        return italic is null ? null : ParseBool((string?)italic.Attribute("val"));
    }

    public string? FontName(int styleIndex) => (string?)Font(styleIndex)?.Element(M + "name")?.Attribute("val");

    public double? FontSize(int styleIndex) =>
        double.TryParse((string?)Font(styleIndex)?.Element(M + "sz")?.Attribute("val"), NumberStyles.Float, CultureInfo.InvariantCulture, out var size)
            ? size
            : null;

    public string? FontUnderline(int styleIndex)
    {
        var underline = Font(styleIndex)?.Element(M + "u");
        return underline is null ? null : (string?)underline.Attribute("val") ?? "single";
    }

    /// <summary><c>cell.fill.fgColor.rgb</c>: "00000000" for a pattern fill without colour; null for a gradient fill (openpyxl raises).</summary>
    public string? FillForegroundRgb(int styleIndex)
    {
        var fill = Fill(styleIndex);
        if (fill?.Element(M + "gradientFill") is not null)
        {
            return null;
        }

        var color = fill?.Element(M + "patternFill")?.Element(M + "fgColor");
        return color is null ? "00000000" : ColorRgb(color);
    }

    /// <summary><c>cell.fill.tagname</c>.</summary>
    public string FillType(int styleIndex) =>
        Fill(styleIndex)?.Element(M + "gradientFill") is not null ? "gradientFill" : "patternFill";

    /// <summary>openpyxl's <c>Color.rgb</c> of a colour element (6-digit values get the "00" alpha prefix).</summary>
    public static string ColorRgb(XElement color)
    {
        var rgb = (string?)color.Attribute("rgb");
        if (rgb is null)
        {
            return NonRgbColor;
        }

        return rgb.Length == 6 ? "00" + rgb : rgb;
    }

    private static bool ParseBool(string? value) => value is null || value is "1" or "true" or "on";

    private XElement? Format(int styleIndex) => styleIndex >= 0 && styleIndex < cellFormats.Count ? cellFormats[styleIndex] : null;

    private XElement? Font(int styleIndex)
    {
        var id = (int?)Format(styleIndex)?.Attribute("fontId") ?? 0;
        return id >= 0 && id < fonts.Count ? fonts[id] : null;
    }

    private XElement? Fill(int styleIndex)
    {
        var id = (int?)Format(styleIndex)?.Attribute("fillId") ?? 0;
        return id >= 0 && id < fills.Count ? fills[id] : null;
    }
}
