namespace Deskbench.Tasks.OmniAct;

/// <summary>The optional model-input side files of an item (empty lists when a file is absent).</summary>
/// <param name="Ocr">OCR words: <c>{"ocr": {"word": [cx, cy]}}</c>.</param>
/// <param name="Color">DetACT colour buckets: <c>{"name": [[cx, cy], …]}</c>.</param>
/// <param name="Icon">DetACT icons: <c>{"name": [[cx, cy], …]}</c>.</param>
public sealed record OmniActSideFiles(IReadOnlyList<OmniActUiElement> Ocr, IReadOnlyList<OmniActUiElement> Color, IReadOnlyList<OmniActUiElement> Icon);
