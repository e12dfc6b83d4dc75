using System.Collections.Frozen;

namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// Anthropic's computer tool names keys as xdotool does (X keysyms: <c>Return</c>, <c>alt+Tab</c>, <c>KP_0</c>,
/// <c>Page_Down</c>, <c>super</c>); this maps them to pyautogui's names, which the typed actions use.
/// </summary>
public static class AnthropicKeyNames
{
    private static readonly FrozenDictionary<string, string> ByKeysym = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["return"] = "enter", ["kp_enter"] = "enter", ["enter"] = "enter", ["escape"] = "esc", ["esc"] = "esc",
        ["backspace"] = "backspace", ["tab"] = "tab", ["iso_left_tab"] = "tab", ["space"] = "space", ["delete"] = "delete",
        ["kp_delete"] = "delete", ["del"] = "delete", ["insert"] = "insert", ["kp_insert"] = "insert", ["home"] = "home",
        ["kp_home"] = "home", ["end"] = "end", ["kp_end"] = "end", ["page_up"] = "pageup", ["prior"] = "pageup",
        ["kp_page_up"] = "pageup", ["pageup"] = "pageup", ["page_down"] = "pagedown", ["next"] = "pagedown",
        ["kp_page_down"] = "pagedown", ["pagedown"] = "pagedown", ["left"] = "left", ["kp_left"] = "left", ["right"] = "right",
        ["kp_right"] = "right", ["up"] = "up", ["kp_up"] = "up", ["down"] = "down", ["kp_down"] = "down",
        ["ctrl"] = "ctrl", ["control"] = "ctrl", ["control_l"] = "ctrlleft", ["control_r"] = "ctrlright",
        ["alt"] = "alt", ["alt_l"] = "altleft", ["alt_r"] = "altright", ["meta"] = "win", ["meta_l"] = "winleft",
        ["meta_r"] = "winright", ["shift"] = "shift", ["shift_l"] = "shiftleft", ["shift_r"] = "shiftright",
        ["super"] = "win", ["super_l"] = "winleft", ["super_r"] = "winright", ["cmd"] = "win", ["command"] = "win",
        ["win"] = "win", ["windows"] = "win", ["caps_lock"] = "capslock", ["num_lock"] = "numlock",
        ["scroll_lock"] = "scrolllock", ["pause"] = "pause", ["print"] = "printscreen", ["menu"] = "apps",
        ["kp_add"] = "add", ["kp_subtract"] = "subtract", ["kp_multiply"] = "multiply", ["kp_divide"] = "divide",
        ["kp_decimal"] = "decimal", ["minus"] = "-", ["plus"] = "+", ["equal"] = "=", ["comma"] = ",", ["period"] = ".",
        ["slash"] = "/", ["backslash"] = "\\", ["semicolon"] = ";", ["colon"] = ":", ["apostrophe"] = "'",
        ["quotedbl"] = "\"", ["grave"] = "`", ["asciitilde"] = "~", ["bracketleft"] = "[", ["bracketright"] = "]",
        ["braceleft"] = "{", ["braceright"] = "}", ["parenleft"] = "(", ["parenright"] = ")", ["less"] = "<",
        ["greater"] = ">", ["question"] = "?", ["exclam"] = "!", ["at"] = "@", ["numbersign"] = "#", ["dollar"] = "$",
        ["percent"] = "%", ["asciicircum"] = "^", ["ampersand"] = "&", ["asterisk"] = "*", ["underscore"] = "_", ["bar"] = "|",
        ["xf86audioraisevolume"] = "volumeup", ["xf86audiolowervolume"] = "volumedown", ["xf86audiomute"] = "volumemute",
        ["xf86audioplay"] = "playpause", ["xf86audionext"] = "nexttrack", ["xf86audioprev"] = "prevtrack",
        ["xf86back"] = "browserback", ["xf86forward"] = "browserforward", ["xf86reload"] = "browserrefresh",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The pyautogui name of one xdotool key name, or null when it names no key.</summary>
    public static string? ToPyAutoGui(string keysym)
    {
        ArgumentNullException.ThrowIfNull(keysym);
        if (ByKeysym.TryGetValue(keysym, out var name))
        {
            return name;
        }

        if (keysym.StartsWith("KP_", StringComparison.OrdinalIgnoreCase) && keysym.Length == 4 && char.IsAsciiDigit(keysym[3]))
        {
            return "num" + keysym[3];
        }

        if (keysym.Length == 1)
        {
            return PyAutoGuiKeys.IsPressable(keysym) ? keysym : null;
        }

        return PyAutoGuiKeys.IsKey(keysym) ? PyAutoGuiKeys.Normalize(keysym) : null;
    }

    /// <summary>
    /// Translates xdotool key text: combinations joined by <c>+</c> (<c>ctrl+shift+t</c>) and, as <c>xdotool key</c>
    /// takes them, several separated by spaces (<c>ctrl+a Delete</c>), pressed one after another.
    /// </summary>
    public static IReadOnlyList<DesktopAction> ToActions(string text, Func<string, ActionTranslationException> error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(error);
        var chords = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (chords.Length == 0)
        {
            throw error("'text' names no key; expected xdotool key names such as 'Return' or 'ctrl+s'");
        }

        return chords.Select(chord => Chord(chord, error)).ToList();
    }

    /// <summary>The pyautogui names of a <c>+</c>-joined combination (a lone <c>+</c> is the plus key).</summary>
    public static IReadOnlyList<string> ChordKeys(string chord, Func<string, ActionTranslationException> error)
    {
        ArgumentNullException.ThrowIfNull(chord);
        ArgumentNullException.ThrowIfNull(error);
        var parts = chord == "+" ? ["+"] : chord.EndsWith("++", StringComparison.Ordinal)
            ? [.. chord[..^2].Split('+'), "+"]
            : chord.Split('+');
        return parts.Select(part => part.Length == 0
            ? throw error($"'{chord}' has an empty key name")
            : ToPyAutoGui(part) ?? throw error($"'{part}' is not a key name; use xdotool names such as 'Return', 'ctrl', 'alt+Tab', 'Page_Down', 'F5'")).ToList();
    }

    private static DesktopAction Chord(string chord, Func<string, ActionTranslationException> error)
    {
        var keys = ChordKeys(chord, error);
        return keys.Count == 1 ? new KeyPressAction(keys[0]) : new HotkeyAction(keys);
    }
}
