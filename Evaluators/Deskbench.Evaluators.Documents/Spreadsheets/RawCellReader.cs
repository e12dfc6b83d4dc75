using System.Globalization;
using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>
/// OSWorld's <c>read_cell_value(xlsx_file, sheet_name, coordinate)</c> (metrics/utils.py): the cell's XML as written, not
/// openpyxl's view. Numbers (no type or <c>t="n"</c>) are floats, shared/inline/formula strings and error codes are text;
/// quirk: booleans (<c>t="b"</c>) and ISO dates (<c>t="d"</c>) fall through and give None, as does a missing cell or sheet.
/// </summary>
internal static class RawCellReader
{
    public static JsonNode? Read(XlsxBook book, string sheetName, string coordinate)
    {
        var sheet = book.RawSheet(sheetName);
        if (sheet is null || !CellAddress.TryParse(coordinate, out var address) || !sheet.Cells.TryGetValue(address, out var cell))
        {
            return null;
        }

        switch (cell.Type)
        {
            case null or "n":
                return cell.RawValue is not null
                    && double.TryParse(cell.RawValue.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? JsonValue.Create(number)
                    : null;
            case "s":
                return int.TryParse(cell.RawValue, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index)
                    && index >= 0 && index < book.SharedStrings.Count
                    ? JsonValue.Create(book.SharedStrings[index])
                    : null;
            case "str" or "e":
                return cell.RawValue is null ? null : JsonValue.Create(cell.RawValue);
            case "inlineStr":
                return cell.InlineText is null ? null : JsonValue.Create(cell.InlineText);
            default:
                return null;
        }
    }
}
