using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using Deskbench.Guest.Linux.Native;

namespace Deskbench.Guest.Linux;

/// <summary>
/// pyautogui key names → X keysyms, mirroring <c>keyboardMapping</c> in pyautogui's <c>_pyautogui_x11.py</c>. Names that
/// pyautogui's X11 backend leaves unmapped (a silent no-op there: IME and macOS keys, <c>fn</c>) map to the nearest X keysyms,
/// which desktop applications ignore. Any other single character is typed through its own keysym.
/// </summary>
internal static class PyAutoGuiKeyMap
{
    private static readonly FrozenDictionary<string, string> KeysymNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["backspace"] = "BackSpace", ["\b"] = "BackSpace", ["tab"] = "Tab", ["enter"] = "Return", ["return"] = "Return",
        ["shift"] = "Shift_L", ["ctrl"] = "Control_L", ["alt"] = "Alt_L", ["pause"] = "Pause", ["capslock"] = "Caps_Lock",
        ["esc"] = "Escape", ["escape"] = "Escape", ["pgup"] = "Page_Up", ["pgdn"] = "Page_Down", ["pageup"] = "Page_Up",
        ["pagedown"] = "Page_Down", ["end"] = "End", ["home"] = "Home", ["left"] = "Left", ["up"] = "Up", ["right"] = "Right",
        ["down"] = "Down", ["select"] = "Select", ["print"] = "Print", ["execute"] = "Execute", ["prtsc"] = "Print",
        ["prtscr"] = "Print", ["prntscrn"] = "Print", ["printscreen"] = "Print", ["insert"] = "Insert", ["del"] = "Delete",
        ["delete"] = "Delete", ["help"] = "Help", ["win"] = "Super_L", ["winleft"] = "Super_L", ["winright"] = "Super_R",
        ["apps"] = "Menu", ["num0"] = "KP_0", ["num1"] = "KP_1", ["num2"] = "KP_2", ["num3"] = "KP_3", ["num4"] = "KP_4",
        ["num5"] = "KP_5", ["num6"] = "KP_6", ["num7"] = "KP_7", ["num8"] = "KP_8", ["num9"] = "KP_9",
        ["multiply"] = "KP_Multiply", ["add"] = "KP_Add", ["separator"] = "KP_Separator", ["subtract"] = "KP_Subtract",
        ["decimal"] = "KP_Decimal", ["divide"] = "KP_Divide", ["numlock"] = "Num_Lock", ["scrolllock"] = "Scroll_Lock",
        ["shiftleft"] = "Shift_L", ["shiftright"] = "Shift_R", ["ctrlleft"] = "Control_L", ["ctrlright"] = "Control_R",
        ["altleft"] = "Alt_L", ["altright"] = "Alt_R", ["space"] = "space",
        ["browserback"] = "XF86Back", ["browserforward"] = "XF86Forward", ["browserrefresh"] = "XF86Refresh",
        ["browserstop"] = "XF86Stop", ["browsersearch"] = "XF86Search", ["browserfavorites"] = "XF86Favorites",
        ["browserhome"] = "XF86HomePage", ["volumemute"] = "XF86AudioMute", ["volumedown"] = "XF86AudioLowerVolume",
        ["volumeup"] = "XF86AudioRaiseVolume", ["nexttrack"] = "XF86AudioNext", ["prevtrack"] = "XF86AudioPrev",
        ["stop"] = "XF86AudioStop", ["playpause"] = "XF86AudioPlay", ["launchmail"] = "XF86Mail",
        ["launchmediaselect"] = "XF86AudioMedia", ["launchapp1"] = "XF86Launch0", ["launchapp2"] = "XF86Launch1",
        ["sleep"] = "XF86Sleep",

        // Unmapped by pyautogui on X11; the nearest X keysyms.
        ["clear"] = "Clear", ["convert"] = "Henkan", ["nonconvert"] = "Muhenkan", ["modechange"] = "Mode_switch",
        ["hanguel"] = "Hangul", ["hangul"] = "Hangul", ["hanja"] = "Hangul_Hanja", ["junja"] = "Hangul_Jeonja",
        ["final"] = "Hangul_End", ["kana"] = "Hiragana_Katakana", ["kanji"] = "Kanji", ["accept"] = "XF86Go",
        ["fn"] = "XF86WakeUp", ["yen"] = "yen", ["command"] = "Super_L", ["option"] = "Alt_L", ["optionleft"] = "Alt_L",
        ["optionright"] = "Alt_R",
    }.Concat(Enumerable.Range(1, 24).Select(n => KeyValuePair.Create($"f{n}", $"F{n}")))
        .ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, nuint> Keysyms =
        KeysymNames.ToFrozenDictionary(pair => pair.Key, pair => Xlib.XStringToKeysym(pair.Value), StringComparer.Ordinal);

    /// <summary>Every mapped name (not the single characters typed through their own keysym).</summary>
    public static IEnumerable<string> Names => KeysymNames.Keys;

    /// <summary>
    /// The keysym for a pyautogui key name (names longer than one character are case-insensitive, as pyautogui lower-cases
    /// them). Throws <see cref="ArgumentException"/> naming the key when it is not a key name.
    /// </summary>
    public static nuint ToKeysym(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var name = key.Length > 1 ? key.ToLowerInvariant() : key;
        if (Keysyms.TryGetValue(name, out var keysym))
        {
            return keysym != KeySymbols.NoSymbol
                ? keysym
                : throw new InvalidOperationException($"libX11 does not know the keysym '{KeysymNames[name]}' for key '{key}'.");
        }

        if (Rune.DecodeFromUtf16(key, out var rune, out var consumed) == OperationStatus.Done && consumed == key.Length)
        {
            try
            {
                return KeySymbols.FromRune(rune);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"Unknown key name '{key}'.", nameof(key), e);
            }
        }

        throw new ArgumentException($"Unknown key name '{key}'.", nameof(key));
    }
}
