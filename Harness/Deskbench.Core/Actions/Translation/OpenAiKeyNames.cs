using System.Collections.Frozen;

namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// OpenAI's computer use names keys in upper case, as in its samples' key map (<c>CTRL</c>, <c>ENTER</c>, <c>ARROWLEFT</c>,
/// <c>CMD</c>, <c>PAGEDOWN</c>, single characters); this maps them to pyautogui's names.
/// </summary>
public static class OpenAiKeyNames
{
    private static readonly FrozenDictionary<string, string> ByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["ctrl"] = "ctrl", ["control"] = "ctrl", ["alt"] = "alt", ["option"] = "alt", ["shift"] = "shift",
        ["cmd"] = "win", ["command"] = "win", ["meta"] = "win", ["super"] = "win", ["win"] = "win", ["windows"] = "win",
        ["enter"] = "enter", ["return"] = "enter", ["esc"] = "esc", ["escape"] = "esc", ["space"] = "space",
        ["backspace"] = "backspace", ["tab"] = "tab", ["delete"] = "delete", ["del"] = "delete", ["insert"] = "insert",
        ["home"] = "home", ["end"] = "end", ["pageup"] = "pageup", ["page_up"] = "pageup", ["pagedown"] = "pagedown",
        ["page_down"] = "pagedown", ["arrowup"] = "up", ["up"] = "up", ["arrowdown"] = "down", ["down"] = "down",
        ["arrowleft"] = "left", ["left"] = "left", ["arrowright"] = "right", ["right"] = "right", ["capslock"] = "capslock",
        ["numlock"] = "numlock", ["printscreen"] = "printscreen", ["divide"] = "/", ["backslash"] = "\\", ["minus"] = "-",
        ["plus"] = "+", ["equal"] = "=", ["comma"] = ",", ["period"] = ".",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The pyautogui name of one OpenAI key name, or null when it names no key.</summary>
    public static string? ToPyAutoGui(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (ByName.TryGetValue(key, out var name))
        {
            return name;
        }

        if (key.Length == 1)
        {
            // "S" in ["CTRL", "S"] means the S key, not shift+s: OpenAI upper-cases letters of combinations.
            var lower = key.ToLowerInvariant();
            return PyAutoGuiKeys.IsKey(lower) ? lower : null;
        }

        return PyAutoGuiKeys.IsKey(key) ? PyAutoGuiKeys.Normalize(key) : null;
    }
}
