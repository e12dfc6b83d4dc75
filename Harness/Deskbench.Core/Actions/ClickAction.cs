namespace Deskbench.Core.Actions;

/// <summary>Clicks <see cref="Count"/> times at (X, Y) or at the pointer; <see cref="IntervalSeconds"/> between clicks.</summary>
public sealed record ClickAction(int? X = null, int? Y = null, MouseButton Button = MouseButton.Left, int Count = 1, double IntervalSeconds = 0)
    : DesktopAction;
