namespace Deskbench.Core.Actions;

/// <summary>Names of the action spaces an agent can declare.</summary>
public static class ActionSpaces
{
    /// <summary>OSWorld's pyautogui: Python code strings, or WAIT/DONE/FAIL.</summary>
    public const string PyAutoGui = "pyautogui";

    /// <summary>OSWorld's computer_13: <c>{"action_type": …, "parameters": {…}}</c> objects.</summary>
    public const string Computer13 = "computer_13";

    /// <summary>Deskbench's typed actions, serialised as <see cref="DesktopAction"/>.</summary>
    public const string Deskbench = "deskbench";
}
