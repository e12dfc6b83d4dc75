namespace Deskbench.Evaluators.Documents.WordProcessing;

/// <summary>A body table: python-docx's row count, grid column count and <c>cell(i, j).text</c> (merged cells repeat).</summary>
internal sealed record DocxTable(int RowCount, int ColumnCount, IReadOnlyList<IReadOnlyList<string>> Cells)
{
    public string CellText(int row, int column) =>
        row < Cells.Count && column < Cells[row].Count ? Cells[row][column] : string.Empty;
}
