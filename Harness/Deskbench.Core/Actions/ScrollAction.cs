namespace Deskbench.Core.Actions;

/// <summary>
/// Scrolls by wheel clicks, pyautogui's sign convention: positive <see cref="Dy"/> scrolls up, positive <see cref="Dx"/>
/// scrolls right. The pointer moves to (X, Y) first when given.
/// </summary>
public sealed record ScrollAction(int Dx, int Dy, int? X = null, int? Y = null) : DesktopAction;
