namespace Deskbench.Core.Actions;

/// <summary>
/// Presses <see cref="Button"/> at the pointer (or at FromX/FromY when given), moves to (X, Y) — or by (X, Y) when
/// <see cref="Relative"/> — over <see cref="DurationSeconds"/>, and releases.
/// </summary>
public sealed record DragAction(
    int X,
    int Y,
    MouseButton Button = MouseButton.Left,
    bool Relative = false,
    int? FromX = null,
    int? FromY = null,
    double DurationSeconds = 0) : DesktopAction;
