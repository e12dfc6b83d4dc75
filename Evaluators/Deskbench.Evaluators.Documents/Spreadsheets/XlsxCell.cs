namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>One <c>&lt;c&gt;</c> element of a worksheet as written: type attribute, raw value text, inline text, formula, style.</summary>
internal sealed record XlsxCell(CellAddress Address, string? Type, string? RawValue, string? InlineText, string? Formula, int StyleIndex);
