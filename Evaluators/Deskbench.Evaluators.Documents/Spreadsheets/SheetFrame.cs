using System.Globalization;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>
/// A worksheet as <c>pandas.read_excel(book, sheet)</c> gives it (OSWorld's <c>sheet_data</c> rule): the grid from A1 to the
/// last non-empty cell, trailing empty cells and rows trimmed, the first row as header ("Unnamed: i" for empty labels,
/// ".1" suffixes for repeats), columns typed the way pandas' parser infers them (numbers stored as integers become int64,
/// numeric-looking text becomes numbers, a column with gaps becomes float64), then <c>round(precision)</c> and <c>equals</c>.
/// </summary>
internal sealed class SheetFrame
{
    private SheetFrame(IReadOnlyList<FrameColumn> columns, int rowCount)
    {
        Columns = columns;
        RowCount = rowCount;
    }

    public IReadOnlyList<FrameColumn> Columns { get; }

    public int RowCount { get; }

    public static SheetFrame Load(XlsxBook book, XlsxSheet sheet)
    {
        var grid = ReadGrid(book, sheet);
        var width = grid.Count == 0 ? 0 : grid.Max(r => r.Count);
        foreach (var row in grid)
        {
            while (row.Count < width)
            {
                row.Add(null);
            }
        }

        // pandas' parser skips blank lines only when a line has at most one field.
        if (width <= 1)
        {
            grid.RemoveAll(row => row.Count == 0 || row[0] is null || (row[0] is string s && string.IsNullOrWhiteSpace(s)));
        }

        if (grid.Count == 0)
        {
            return new SheetFrame([], 0);
        }

        var header = grid[0];
        var body = grid.Skip(1).ToList();
        var labels = Labels(header);
        var columns = new List<FrameColumn>(width);
        for (var c = 0; c < width; c++)
        {
            columns.Add(InferColumn(labels[c], body.Select(row => row[c]).ToList()));
        }

        return new SheetFrame(columns, body.Count);
    }

    /// <summary><c>DataFrame.round(decimals)</c>: float64 columns rounded half-to-even; other columns unchanged.</summary>
    public SheetFrame Round(int decimals)
    {
        var factor = Math.Pow(10, decimals);
        var columns = Columns.Select(column => column.Type != FrameColumnType.Float64
            ? column
            : column with
            {
                Values = [.. column.Values.Select(v => v is double d && double.IsFinite(d)
                    ? (object?)(Math.Round(d * factor, MidpointRounding.ToEven) / factor)
                    : v)],
            }).ToList();
        return new SheetFrame(columns, RowCount);
    }

    /// <summary><c>DataFrame.equals</c>: same labels, same row count, same dtypes and equal values (NaN equals NaN).</summary>
    public bool FrameEquals(SheetFrame other)
    {
        if (Columns.Count != other.Columns.Count || RowCount != other.RowCount)
        {
            return false;
        }

        for (var c = 0; c < Columns.Count; c++)
        {
            var left = Columns[c];
            var right = other.Columns[c];
            if (!PythonObjects.AreEqual(left.Label, right.Label) || left.Type != right.Type)
            {
                return false;
            }

            for (var r = 0; r < RowCount; r++)
            {
                if (!PythonObjects.AreEqual(left.Values[r], right.Values[r]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static List<List<object?>> ReadGrid(XlsxBook book, XlsxSheet sheet)
    {
        var rows = new SortedDictionary<int, List<(int Column, object? Value)>>();
        foreach (var cell in sheet.Cells.Values)
        {
            var value = CellValues.Read(book, cell, dataOnly: true);
            if (value is CellErrorValue or "")
            {
                value = null;
            }
            else if (value is double d && double.IsFinite(d) && d == Math.Floor(d) && Math.Abs(d) < 9.2e18)
            {
                value = (long)d; // pandas' openpyxl reader: int(value) when it equals the value
            }

            if (value is null)
            {
                continue;
            }

            if (!rows.TryGetValue(cell.Address.Row, out var list))
            {
                rows[cell.Address.Row] = list = [];
            }

            list.Add((cell.Address.Column, value));
        }

        var grid = new List<List<object?>>();
        if (rows.Count == 0)
        {
            return grid;
        }

        var lastRow = rows.Keys.Max();
        for (var r = 1; r <= lastRow; r++)
        {
            var row = new List<object?>();
            if (rows.TryGetValue(r, out var cells))
            {
                foreach (var (column, value) in cells.OrderBy(c => c.Column))
                {
                    while (row.Count < column - 1)
                    {
                        row.Add(null);
                    }

                    row.Add(value);
                }
            }

            grid.Add(row);
        }

        return grid;
    }

    private static List<object?> Labels(List<object?> header)
    {
        var labels = new List<object?>(header.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            object? label = header[i] ?? string.Create(CultureInfo.InvariantCulture, $"Unnamed: {i}");
            var key = PythonObjects.Str(label);
            if (seen.TryGetValue(key, out var count))
            {
                seen[key] = count + 1;
                label = string.Create(CultureInfo.InvariantCulture, $"{key}.{count}");
            }
            else
            {
                seen[key] = 1;
            }

            labels.Add(label);
        }

        return labels;
    }

    private static FrameColumn InferColumn(object? label, List<object?> values)
    {
        var present = values.Where(v => v is not null).ToList();
        var hasMissing = present.Count != values.Count;
        if (present.Count == 0)
        {
            return new FrameColumn(label, FrameColumnType.Float64, values);
        }

        if (present.All(v => v is bool))
        {
            return new FrameColumn(label, hasMissing ? FrameColumnType.Object : FrameColumnType.Bool, values);
        }

        if (present.All(v => v is DateTime))
        {
            return new FrameColumn(label, FrameColumnType.DateTime, values);
        }

        if (present.All(v => v is long or double || (v is string s && TryParseNumber(s, out _))))
        {
            var numbers = values.Select(v => v is string s && TryParseNumber(s, out var n) ? n : v).ToList();
            var isFloat = hasMissing || numbers.Any(v => v is double);
            return isFloat
                ? new FrameColumn(label, FrameColumnType.Float64, [.. numbers.Select(v => v is long l ? (double)l : v)])
                : new FrameColumn(label, FrameColumnType.Int64, numbers);
        }

        return new FrameColumn(label, FrameColumnType.Object, values);
    }

    private static bool TryParseNumber(string text, out object? number)
    {
        var trimmed = text.Trim();
        number = null;
        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            number = integer;
            return true;
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            number = real;
            return true;
        }

        return false;
    }
}
