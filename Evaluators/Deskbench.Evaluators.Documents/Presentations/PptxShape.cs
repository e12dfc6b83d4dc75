namespace Deskbench.Evaluators.Documents.Presentations;

/// <summary>
/// A shape of a slide's tree as python-pptx sees it: its MSO_SHAPE_TYPE number (13 picture, 19 table, 5 freeform, 6
/// group, 14 placeholder, 17 text box, 1 auto shape …), position and size in EMU (null when neither the shape nor its
/// layout placeholder gives them), its paragraphs when it is a text-bearing <c>p:sp</c>, table cells, group members.
/// </summary>
internal sealed record PptxShape(
    int ShapeType,
    long? Left,
    long? Top,
    long? Width,
    long? Height,
    IReadOnlyList<PptxParagraph>? Paragraphs,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<PptxParagraph>>>? TableCells,
    IReadOnlyList<PptxShape> Children)
{
    /// <summary>python-pptx's <c>hasattr(shape, "text")</c>: only auto shapes/text boxes/placeholders (<c>p:sp</c>).</summary>
    public bool HasText => Paragraphs is not null;

    /// <summary><c>shape.text</c>: the paragraphs joined by "\n".</summary>
    public string Text => Paragraphs is null ? string.Empty : string.Join('\n', Paragraphs.Select(p => p.Text));

    public bool IsTable => ShapeType == 19 && TableCells is not null;

    /// <summary>A picture's image bytes (python-pptx <c>shape.image.blob</c>), null for other shapes.</summary>
    public byte[]? ImageBlob { get; init; }
}
