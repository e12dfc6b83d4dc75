namespace Deskbench.Evaluators.OmniAct;

/// <summary>One annotated element box of a screenshot, in the screenshot's native pixels.</summary>
/// <param name="Name">The element key in the box file.</param>
/// <param name="Left">top_left x.</param>
/// <param name="Top">top_left y.</param>
/// <param name="Right">bottom_right x.</param>
/// <param name="Bottom">bottom_right y.</param>
public sealed record OmniActBox(string Name, double Left, double Top, double Right, double Bottom)
{
    /// <summary>The centre as the official script computes it: (top_left + bottom_right) / 2.</summary>
    public (double X, double Y) Centre => ((Left + Right) / 2, (Top + Bottom) / 2);
}
