namespace Deskbench.Evaluators.Documents.Presentations;

/// <summary>A paragraph: its text (runs, fields, "\v" for line breaks), alignment attribute (null when absent), level and runs.</summary>
internal sealed record PptxParagraph(string Text, string? Alignment, int Level, IReadOnlyList<PptxRun> Runs);
