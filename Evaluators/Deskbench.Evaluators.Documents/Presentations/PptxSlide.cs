namespace Deskbench.Evaluators.Documents.Presentations;

/// <summary>A slide: its shapes, background colour (python-pptx rules, master fallback), notes text and bullet list.</summary>
internal sealed record PptxSlide(
    int Number,
    IReadOnlyList<PptxShape> Shapes,
    string? BackgroundRgb,
    string NotesText,
    IReadOnlyList<(string? Level, string Bullet, string Text)> Bullets,
    string? TransitionXml);
