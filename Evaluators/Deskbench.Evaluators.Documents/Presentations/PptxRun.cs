namespace Deskbench.Evaluators.Documents.Presentations;

/// <summary>
/// A text run as python-pptx's <c>_Run.font</c> reports it: name (<c>a:latin</c>), size, bold/italic (null when not
/// set), colour (only an sRGB colour has an <c>.rgb</c>), underline (null, "False", "True" or the enum name) and the
/// raw <c>strike</c> attribute (default "noStrike").
/// </summary>
internal sealed record PptxRun(string Text, string? FontName, int? Size, bool? Bold, bool? Italic, string? ColorRgb, string? Underline, string Strike, bool? Superscript)
{
    /// <summary>Whether the run's rPr carries a strike attribute at all (check_strikethrough's test).</summary>
    public bool HasStrikeAttribute { get; init; }

    /// <summary>The formatting make_runs_normalized merges equal neighbours by.</summary>
    public object FormatKey => (FontName, Size, Bold, Italic, Underline, ColorRgb, Strike, Superscript);
}
