namespace Deskbench.Tasks.OmniAct;

/// <summary>One entry of an OCR or DetACT side file: a text or icon name and a centre point.</summary>
/// <param name="Name">The OCR word or icon/colour name.</param>
/// <param name="X">Centre x, native pixels.</param>
/// <param name="Y">Centre y, native pixels.</param>
public sealed record OmniActUiElement(string Name, double X, double Y);
