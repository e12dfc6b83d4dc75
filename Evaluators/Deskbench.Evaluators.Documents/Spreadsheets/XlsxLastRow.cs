using System.Globalization;
using Deskbench.Core.Results;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>
/// <c>pandas.read_excel(path).iloc[-1].astype(str).tolist()</c> for the first worksheet: the first row is the header, the
/// last row holding a value is returned, one text per column. Numbers follow pandas' column types: a column whose values
/// are all whole numbers (and none missing) prints them as integers, another numeric column as Python floats
/// (<c>5.0</c>); a missing value is <c>nan</c>; booleans are <c>True</c>/<c>False</c>. Dates are not converted.
/// </summary>
internal static class XlsxLastRow
{
    /// <summary>The texts of the last data row; an unreadable workbook throws <see cref="DocumentReadException"/> naming <paramref name="caller"/>.</summary>
    public static IReadOnlyList<string> Read(string caller, string path)
    {
        using var book = XlsxBook.Open(caller, path);
        var sheet = (book.SheetNames.Count > 0 ? book.Sheet(book.SheetNames[0]) : null)
            ?? throw new DocumentReadException(caller, path, "the workbook has no sheet");
        var rows = sheet.Cells.Values
            .GroupBy(cell => cell.Address.Row)
            .OrderBy(row => row.Key)
            .Select(row => row.ToDictionary(cell => cell.Address.Column - 1, cell => CellValue(cell, book.SharedStrings)))
            .Where(cells => cells.Values.Any(value => value is not null))
            .ToList();
        if (rows.Count < 2)
        {
            throw new DocumentReadException(caller, path, "the first sheet has no data row below its header (pandas: single positional indexer is out-of-bounds)");
        }

        var columns = rows.Max(row => row.Keys.DefaultIfEmpty(-1).Max()) + 1;
        var data = rows.Skip(1).ToList();
        return [.. Enumerable.Range(0, columns).Select(column => Format(data, column))];
    }

    private static string Format(List<Dictionary<int, object?>> data, int column)
    {
        var values = data.Select(row => row.GetValueOrDefault(column)).ToList();
        var last = values[^1];
        var numeric = values.All(v => v is null or double);
        if (last is null)
        {
            return "nan";
        }

        if (last is double number)
        {
            var integral = numeric && values.All(v => v is double d && d == Math.Floor(d));
            return integral || (!numeric && number == Math.Floor(number) && Math.Abs(number) < 1e16)
                ? ((long)number).ToString(CultureInfo.InvariantCulture)
                : PythonFloat.Format(number);
        }

        return last is bool flag ? (flag ? "True" : "False") : (string)last;
    }

    private static object? CellValue(XlsxCell cell, IReadOnlyList<string> shared)
    {
        var raw = cell.RawValue;
        return cell.Type switch
        {
            "s" when raw is not null => int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < shared.Count ? shared[index] : null,
            "inlineStr" => cell.InlineText,
            "str" => raw,
            "b" => raw == "1",
            "e" => raw,
            _ when raw is null || raw.Length == 0 => null,
            _ => double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }
}
