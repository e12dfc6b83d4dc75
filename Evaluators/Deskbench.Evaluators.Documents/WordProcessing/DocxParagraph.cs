namespace Deskbench.Evaluators.Documents.WordProcessing;

/// <summary>A body paragraph as python-docx reports it: text, line spacing (see <see cref="DocxLineSpacing"/>) and alignment.</summary>
internal sealed record DocxParagraph(string Text, DocxLineSpacing? LineSpacing, string? Alignment, IReadOnlyList<DocxRun> Runs)
{
    /// <summary>The paragraph's own tab stops (w:pPr/w:tabs): alignment value and position in EMU.</summary>
    public IReadOnlyList<(string Alignment, long Position)> TabStops { get; init; } = [];
}
