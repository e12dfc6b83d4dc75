using System.Collections.Frozen;

namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// pyautogui's key names (<c>pyautogui.KEYBOARD_KEYS</c>, 194 names) and its key-name normalisation. OSWorld's
/// computer_13 space accepts exactly these names; the guest maps each one to a keysym (shifted characters such as
/// <c>&lt;</c> get their shift from the guest, so no OSWorld-style rewrite to <c>hotkey("shift", ",")</c> is needed).
/// </summary>
public static class PyAutoGuiKeys
{
    /// <summary>The single-character names, in pyautogui's order (printable ASCII without upper-case letters, plus tab, newline, carriage return).</summary>
    public static IReadOnlyList<string> CharacterKeys { get; } =
    [
        "\t", "\n", "\r", " ", "!", "\"", "#", "$", "%", "&", "'", "(", ")", "*", "+", ",", "-", ".", "/",
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ":", ";", "<", "=", ">", "?", "@", "[", "\\", "]", "^", "_", "`",
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w",
        "x", "y", "z", "{", "|", "}", "~",
    ];

    /// <summary>The named keys, in pyautogui's order (all lower case).</summary>
    public static IReadOnlyList<string> NamedKeys { get; } =
    [
        "accept", "add", "alt", "altleft", "altright", "apps", "backspace", "browserback", "browserfavorites",
        "browserforward", "browserhome", "browserrefresh", "browsersearch", "browserstop", "capslock", "clear", "convert",
        "ctrl", "ctrlleft", "ctrlright", "decimal", "del", "delete", "divide", "down", "end", "enter", "esc", "escape",
        "execute", "f1", "f10", "f11", "f12", "f13", "f14", "f15", "f16", "f17", "f18", "f19", "f2", "f20", "f21", "f22",
        "f23", "f24", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "final", "fn", "hanguel", "hangul", "hanja", "help", "home",
        "insert", "junja", "kana", "kanji", "launchapp1", "launchapp2", "launchmail", "launchmediaselect", "left",
        "modechange", "multiply", "nexttrack", "nonconvert", "num0", "num1", "num2", "num3", "num4", "num5", "num6", "num7",
        "num8", "num9", "numlock", "pagedown", "pageup", "pause", "pgdn", "pgup", "playpause", "prevtrack", "print",
        "printscreen", "prntscrn", "prtsc", "prtscr", "return", "right", "scrolllock", "select", "separator", "shift",
        "shiftleft", "shiftright", "sleep", "space", "stop", "subtract", "tab", "up", "volumedown", "volumemute",
        "volumeup", "win", "winleft", "winright", "yen", "command", "option", "optionleft", "optionright",
    ];

    /// <summary>Every name in <c>pyautogui.KEYBOARD_KEYS</c> (case-sensitive, as OSWorld's <c>key in KEYBOARD_KEYS</c> test).</summary>
    public static IReadOnlySet<string> All { get; } = CharacterKeys.Concat(NamedKeys).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>pyautogui's normalisation: a name longer than one character is lower-cased (<c>"Enter"</c> → <c>"enter"</c>); single characters are kept.</summary>
    public static string Normalize(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length > 1 ? key.ToLowerInvariant() : key;
    }

    /// <summary>True when <paramref name="key"/>, after <see cref="Normalize"/>, is in <see cref="All"/>.</summary>
    public static bool IsKey(string? key) => key is not null && All.Contains(Normalize(key));

    /// <summary>
    /// True when pyautogui can press <paramref name="key"/> on Linux: <see cref="IsKey"/>, or a single upper-case ASCII letter
    /// (pyautogui's X11 backend maps A–Z too and holds shift for them).
    /// </summary>
    public static bool IsPressable(string? key) => IsKey(key) || key is [>= 'A' and <= 'Z'];
}
