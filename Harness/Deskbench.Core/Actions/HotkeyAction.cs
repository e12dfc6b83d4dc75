namespace Deskbench.Core.Actions;

/// <summary>Presses the keys in order and releases them in reverse order (pyautogui.hotkey).</summary>
public sealed record HotkeyAction(IReadOnlyList<string> Keys) : DesktopAction;
