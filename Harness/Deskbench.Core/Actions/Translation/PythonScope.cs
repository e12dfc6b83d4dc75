namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// What the agent's code has defined so far: variables holding values, and import aliases (<c>pg</c> →
/// <c>pyautogui</c>, <c>sleep</c> → <c>time.sleep</c>). pyautogui and time are always available, as OSWorld's
/// <c>import pyautogui; import time</c> prefix makes them.
/// </summary>
internal sealed class PythonScope
{
    public Dictionary<string, object?> Variables { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Aliases { get; } = new(StringComparer.Ordinal)
    {
        [PythonSubsetParser.Pyautogui] = PythonSubsetParser.Pyautogui,
        ["time"] = "time",
    };

    /// <summary>Replaces the first segment of a dotted name by what it was imported as.</summary>
    public string Qualify(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? name : name[..dot];
        return Aliases.TryGetValue(head, out var target) ? target + (dot < 0 ? "" : name[dot..]) : name;
    }
}
