namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>A formula cell read without <c>data_only</c> (openpyxl's value is the "=…" text).</summary>
internal sealed record CellFormulaText(string Text)
{
    public override string ToString() => Text;
}
