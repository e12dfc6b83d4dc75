namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>An error cell (#DIV/0! …), which pandas reads as NaN.</summary>
internal sealed record CellErrorValue(string Code)
{
    public override string ToString() => Code;
}
