using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>
/// OSWorld's <c>_read_cell_style(name, cell)</c> on an openpyxl cell (formulas not evaluated): number_format, font_name,
/// font_color (aRGB), font_bold, font_italic, font_underline, font_size, fill_type, bgcolor/fgcolor (the fill's
/// <em>foreground</em> colour — OSWorld's own comment calls this ambiguous), hyperlink, merge. Font properties of an empty
/// cell are None. An unknown name throws like OSWorld's NotImplementedError.
/// </summary>
internal static class CellStyleReader
{
    public static JsonNode? Read(XlsxBook book, XlsxSheet sheet, CellAddress address, string property)
    {
        sheet.Cells.TryGetValue(address, out var cell);
        var style = cell?.StyleIndex ?? 0;
        var merged = sheet.IsMergedCell(address);
        var value = cell is null || merged ? null : CellValues.Read(book, cell, dataOnly: false);
        var hasValue = value is not null;
        var styles = book.Styles;
        return property switch
        {
            "number_format" => hasValue && cell!.Type is null or "n" ? styles.NumberFormat(style) : null,
            "font_name" => hasValue ? styles.FontName(style) : null,
            "font_family" => null,
            "font_color" => hasValue ? styles.FontColor(style) : null,
            "font_bold" => hasValue ? Bool(styles.FontBold(style)) : null,
            "font_italic" => hasValue ? Bool(styles.FontItalic(style)) : null,
            "font_underline" => hasValue ? styles.FontUnderline(style) : null,
            "font_size" => hasValue && styles.FontSize(style) is { } size ? JsonValue.Create(size) : null,
            "fill_type" => styles.FillType(style),
            "bgcolor" or "fgcolor" => styles.FillForegroundRgb(style),
            "hyperlink" => hasValue ? Hyperlink(sheet, address) : null,
            "merge" => merged,
            _ => throw new NotSupportedException($"Unsupported Style: {property}"),
        };
    }

    private static JsonNode? Bool(bool? value) => value is null ? null : JsonValue.Create(value.Value);

    private static string Hyperlink(XlsxSheet sheet, CellAddress address)
    {
        var link = sheet.Root.Element(XlsxNames.Main + "hyperlinks")?.Elements(XlsxNames.Main + "hyperlink")
            .FirstOrDefault(h => CellAddress.TryParse((string?)h.Attribute("ref") ?? string.Empty, out var a) && a == address);
        return (string?)link?.Attribute("location") ?? (string?)link?.Attribute(XlsxNames.Relationships + "id") ?? string.Empty;
    }
}
