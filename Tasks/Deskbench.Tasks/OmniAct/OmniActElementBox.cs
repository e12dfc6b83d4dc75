namespace Deskbench.Tasks.OmniAct;

/// <summary>One element of a box file: <c>{"name": {"top_left": [x, y], "bottom_right": [x, y]}}</c>, native pixels.</summary>
/// <param name="Name">The element key.</param>
/// <param name="Left">top_left x.</param>
/// <param name="Top">top_left y.</param>
/// <param name="Right">bottom_right x.</param>
/// <param name="Bottom">bottom_right y.</param>
/// <param name="Label">Optional "label" text.</param>
/// <param name="Valid">Optional "valid" (interactable) flag; true when absent.</param>
public sealed record OmniActElementBox(string Name, double Left, double Top, double Right, double Bottom, string? Label, bool Valid);
