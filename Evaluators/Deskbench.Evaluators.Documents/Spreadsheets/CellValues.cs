using System.Globalization;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>
/// A cell's value as openpyxl gives it (<c>data_only</c> or not): text, bool, long or double, DateTime for numbers in a
/// date format, <see cref="CellFormulaText"/> for a formula when formulas are not replaced by their cached values, or null.
/// </summary>
internal static class CellValues
{
    public static object? Read(XlsxBook book, XlsxCell cell, bool dataOnly)
    {
        if (!dataOnly && cell.Formula is not null)
        {
            return new CellFormulaText("=" + cell.Formula);
        }

        switch (cell.Type)
        {
            case "s":
                return int.TryParse(cell.RawValue, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index)
                    && index >= 0 && index < book.SharedStrings.Count ? book.SharedStrings[index] : null;
            case "str":
                return cell.RawValue;
            case "inlineStr":
                return cell.InlineText;
            case "b":
                return cell.RawValue is not null ? cell.RawValue.Trim() is "1" or "true" : null;
            case "e":
                return new CellErrorValue(cell.RawValue ?? string.Empty);
            case "d":
                return DateTime.TryParse(cell.RawValue, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? date : cell.RawValue;
            default:
                if (cell.RawValue is null
                    || !double.TryParse(cell.RawValue.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return null;
                }

                if (BuiltInNumberFormats.IsDateFormat(book.Styles.NumberFormat(cell.StyleIndex)) && number is >= -657434 and < 2958466)
                {
                    return DateTime.FromOADate(number);
                }

                // openpyxl casts "12" to int and "12.5" to float.
                var isInteger = !cell.RawValue.Contains('.', StringComparison.Ordinal)
                    && !cell.RawValue.Contains('e', StringComparison.OrdinalIgnoreCase);
                return isInteger && Math.Abs(number) < 9.2e18 ? (long)number : number;
        }
    }
}
