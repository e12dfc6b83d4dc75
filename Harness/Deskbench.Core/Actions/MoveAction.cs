namespace Deskbench.Core.Actions;

/// <summary>Moves the pointer to (X, Y), or by (X, Y) when <see cref="Relative"/>.</summary>
public sealed record MoveAction(int X, int Y, bool Relative = false) : DesktopAction;
