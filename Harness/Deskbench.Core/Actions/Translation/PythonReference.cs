namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// A dotted name used as a value that the translator cannot evaluate, such as a tween function
/// (<c>pyautogui.easeInQuad</c>). It is accepted only for arguments the translator ignores.
/// </summary>
internal sealed record PythonReference(string Name)
{
    public override string ToString() => Name;
}
