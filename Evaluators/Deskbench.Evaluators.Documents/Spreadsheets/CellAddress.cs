using System.Globalization;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>A 1-based (row, column) cell position and the A1 notation helpers openpyxl offers.</summary>
internal readonly record struct CellAddress(int Row, int Column)
{
    /// <summary>Parses "B7" or "$B$7".</summary>
    public static CellAddress Parse(string text)
    {
        if (!TryParse(text, out var address))
        {
            throw new FormatException($"'{text}' is not a cell coordinate");
        }

        return address;
    }

    public static bool TryParse(string text, out CellAddress address)
    {
        address = default;
        var value = text.AsSpan().Trim();
        var i = 0;
        var column = 0;
        if (i < value.Length && value[i] == '$')
        {
            i++;
        }

        var letters = i;
        while (i < value.Length && char.IsAsciiLetter(value[i]))
        {
            column = (column * 26) + (char.ToUpperInvariant(value[i]) - 'A' + 1);
            i++;
        }

        if (i == letters)
        {
            return false;
        }

        if (i < value.Length && value[i] == '$')
        {
            i++;
        }

        if (i == value.Length || !int.TryParse(value[i..], NumberStyles.None, CultureInfo.InvariantCulture, out var row))
        {
            return false;
        }

        address = new CellAddress(row, column);
        return true;
    }

    /// <summary>openpyxl's <c>get_column_letter</c>.</summary>
    public static string ColumnLetter(int column)
    {
        var letters = string.Empty;
        while (column > 0)
        {
            var remainder = (column - 1) % 26;
            letters = (char)('A' + remainder) + letters;
            column = (column - 1) / 26;
        }

        return letters;
    }

    /// <summary>The column number of letters such as "AB".</summary>
    public static int ColumnNumber(string letters) => Parse(letters + "1").Column;

    /// <summary>"B7".</summary>
    public override string ToString() => ColumnLetter(Column) + Row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Python's repr of openpyxl's coordinate tuple: "(7, 2)".</summary>
    public string TupleRepr() => string.Create(CultureInfo.InvariantCulture, $"({Row}, {Column})");
}
