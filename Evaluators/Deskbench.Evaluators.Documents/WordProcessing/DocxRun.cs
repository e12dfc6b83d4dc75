namespace Deskbench.Evaluators.Documents.WordProcessing;

/// <summary>
/// A run (<c>w:r</c> directly in a paragraph) as python-docx reports it: text, <c>font.name</c> (w:rFonts/@w:ascii),
/// bold/italic/strike (null when not set), subscript (true/false when w:vertAlign is set, else null), size in points,
/// highlight, and whether its XML holds a drawing (graphicData), an embedded object or a page break.
/// </summary>
internal sealed record DocxRun(
    string Text,
    string? FontName,
    bool? Bold,
    bool? Italic,
    bool? Strike,
    bool? Subscript,
    double? SizePoints,
    string? Highlight,
    bool HasGraphicData,
    bool HasObject,
    int PageBreaks)
{
    /// <summary>python-docx <c>font.color.rgb</c>: the w:color hex value, null when absent or "auto".</summary>
    public string? ColorHex { get; init; }
}
