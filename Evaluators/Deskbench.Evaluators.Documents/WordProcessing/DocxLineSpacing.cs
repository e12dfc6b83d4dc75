namespace Deskbench.Evaluators.Documents.WordProcessing;

/// <summary>
/// python-docx's <c>paragraph_format.line_spacing</c>: a multiple (float, <c>lineRule="auto"</c>: line/240) or a fixed
/// length in EMU (exact/atLeast). A multiple and a length never compare equal.
/// </summary>
internal sealed record DocxLineSpacing(bool IsMultiple, double Value);
