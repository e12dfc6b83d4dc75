using System.Globalization;
using System.Xml.Linq;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>
/// OSWorld's <c>load_xlsx_styles(book, sheet, props=[…])</c>: every cell from A1 to the last used cell → the asked style
/// values; cells a conditional format activates get the format's differential style instead. Conditional formats are
/// evaluated for <c>cellIs</c> rules with constant operands (OSWorld also tries <c>expression</c> rules through the
/// <c>formulas</c> package; those are skipped here with the cell's own style kept).
/// </summary>
internal static class StyleLoader
{
    private static readonly XNamespace M = XlsxNames.Main;

    public static SortedDictionary<string, string> Load(XlsxBook book, XlsxSheet? sheet, IReadOnlyList<string> properties)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (sheet is null)
        {
            return result;
        }

        var (maxRow, maxColumn) = sheet.Extent();
        for (var column = 1; column <= maxColumn; column++)
        {
            for (var row = 1; row <= maxRow; row++)
            {
                var address = new CellAddress(row, column);
                result[address.ToString()] = string.Join('|', properties.Select(p => PythonFormatting.Repr(CellStyleReader.Read(book, sheet, address, p))));
            }
        }

        var differentialStyles = book.StylesXml?.Root?
            .Element(M + "dxfs")?.Elements(M + "dxf").ToList() ?? [];
        foreach (var format in sheet.Root.Elements(M + "conditionalFormatting"))
        {
            var ranges = MultiCellRange.Parse((string?)format.Attribute("sqref") ?? string.Empty);
            foreach (var rule in format.Elements(M + "cfRule").Where(r => (string?)r.Attribute("type") == "cellIs"))
            {
                var operands = rule.Elements(M + "formula").Select(f => double.TryParse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null).ToList();
                var dxfId = (int?)rule.Attribute("dxfId");
                if (operands.Any(o => o is null) || dxfId is null || dxfId >= differentialStyles.Count)
                {
                    continue;
                }

                var dxf = differentialStyles[dxfId.Value];
                foreach (var address in ranges.Ranges.SelectMany(r => r.Cells()))
                {
                    if (RawCellReader.Read(book, sheet.Name, address.ToString()) is { } value
                        && PythonValues.IsNumeric(value)
                        && IsActive((string?)rule.Attribute("operator"), PythonValues.GetFloat(value), [.. operands.Select(o => o!.Value)]))
                    {
                        result[address.ToString()] = string.Join('|', properties.Select(p => Differential(dxf, p)));
                    }
                }
            }
        }

        return result;
    }

    private static bool IsActive(string? op, double value, double[] refs) => refs.Length > 0 && op switch
    {
        "lessThanOrEqual" => value <= refs[0],
        "lessThan" => value < refs[0],
        "equal" => value == refs[0],
        "greaterThanOrEqual" => value >= refs[0],
        "notEqual" => value != refs[0],
        "greaterThan" => value > refs[0],
        "between" => value >= refs.Min() && value <= refs.Max(),
        "notBetween" => value < refs.Min() || value > refs.Max(),
        _ => false,
    };

    /// <summary>A style value read from a differential style (bgcolor is the fill's <em>background</em> colour there).</summary>
    private static string Differential(XElement dxf, string property)
    {
        var font = dxf.Element(M + "font");
        string? text = property switch
        {
            "font_color" => font?.Element(M + "color") is { } color ? XlsxStyles.ColorRgb(color) : null,
            "font_bold" => font?.Element(M + "b") is { } b ? ((string?)b.Attribute("val") is null or "1" or "true" ? "True" : "False") : null,
            "font_italic" => font?.Element(M + "i") is { } i ? ((string?)i.Attribute("val") is null or "1" or "true" ? "True" : "False") : null,
            "bgcolor" or "fgcolor" => dxf.Element(M + "fill")?.Element(M + "patternFill")?.Element(M + "bgColor") is { } bg ? XlsxStyles.ColorRgb(bg) : null,
            "number_format" => (string?)dxf.Element(M + "numFmt")?.Attribute("formatCode"),
            _ => null,
        };
        return text is null ? "None" : property is "font_bold" or "font_italic" ? text : "'" + text + "'";
    }
}
