namespace Deskbench.Core.Actions;

/// <summary>Presses and releases a key, named as pyautogui names keys (<c>enter</c>, <c>ctrl</c>, <c>f5</c>, <c>a</c>, <c>&lt;</c> …).</summary>
public sealed record KeyPressAction(string Key, int Presses = 1, double IntervalSeconds = 0) : DesktopAction;
