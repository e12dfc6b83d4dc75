namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>A rectangular range (openpyxl's <c>CellRange</c>): "A1:C4" or a single cell "B2".</summary>
internal readonly record struct CellRange(CellAddress First, CellAddress Last)
{
    public static CellRange Parse(string text)
    {
        var value = text.Contains('!', StringComparison.Ordinal) ? text[(text.LastIndexOf('!') + 1)..] : text;
        var parts = value.Split(':');
        var first = CellAddress.Parse(parts[0]);
        var last = parts.Length > 1 ? CellAddress.Parse(parts[1]) : first;
        return new CellRange(
            new CellAddress(Math.Min(first.Row, last.Row), Math.Min(first.Column, last.Column)),
            new CellAddress(Math.Max(first.Row, last.Row), Math.Max(first.Column, last.Column)));
    }

    /// <summary>The cells row by row (openpyxl's <c>CellRange.cells</c> order).</summary>
    public IEnumerable<CellAddress> Cells()
    {
        for (var row = First.Row; row <= Last.Row; row++)
        {
            for (var column = First.Column; column <= Last.Column; column++)
            {
                yield return new CellAddress(row, column);
            }
        }
    }

    public bool Contains(CellAddress cell) =>
        cell.Row >= First.Row && cell.Row <= Last.Row && cell.Column >= First.Column && cell.Column <= Last.Column;

    /// <summary>openpyxl's <c>CellRange.issubset</c>.</summary>
    public bool IsWithin(CellRange other) => other.Contains(First) && other.Contains(Last);

    public override string ToString() => First == Last ? First.ToString() : $"{First}:{Last}";
}
