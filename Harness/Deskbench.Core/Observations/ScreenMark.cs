namespace Deskbench.Core.Observations;

/// <summary>One numbered box of a set-of-marks screenshot (OSWorld's mark <c>[x, y, w, h]</c>; numbers start at 1).</summary>
public sealed record ScreenMark(int Index, int X, int Y, int Width, int Height)
{
    /// <summary>The name agents use for the box's centre in pyautogui code.</summary>
    public string VariableName => "tag_" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The centre OSWorld binds to <c>tag_N</c>: <c>(x + w // 2, y + h // 2)</c>.</summary>
    public (int X, int Y) Center => (X + (Width / 2), Y + (Height / 2));
}
