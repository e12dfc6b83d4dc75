namespace Deskbench.Guest.Accessibility;

/// <summary>
/// Limits of one tree read: OSWorld's depth (50) and width (1024 children) limits, and when an application is given up
/// (its subtree left out, the rest of the tree still returned): when it has answered nothing for
/// <paramref name="ApplicationTimeout"/> (hung, stopped), or when its walk has taken <paramref name="ApplicationTimeLimit"/>.
/// </summary>
public sealed record AccessibilityTreeOptions(TimeSpan ApplicationTimeout, TimeSpan ApplicationTimeLimit, int MaxDepth = 50, int MaxWidth = 1024)
{
    public static AccessibilityTreeOptions Default { get; } = new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60));

    /// <summary>
    /// Calc rows probed ahead of the scan (at least; the sheet's visible height raises it to every visible row) so the answers
    /// are in flight together.
    /// </summary>
    public int CalcRowsAhead { get; init; } = 8;
}
