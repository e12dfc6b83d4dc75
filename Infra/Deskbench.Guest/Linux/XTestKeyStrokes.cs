using Deskbench.Guest.Linux.Native;

namespace Deskbench.Guest.Linux;

/// <summary>
/// Key events through XTEST for keysyms: Shift is added for keysyms on the shifted level, keysyms missing from the
/// keymap are bound to spare keycodes by <see cref="X11Keyboard"/>. All members need the connection's gate held.
/// </summary>
internal sealed class XTestKeyStrokes(X11Connection connection, X11Keyboard keyboard)
{
    /// <summary>Call once per action before its key events (re-reads the keymap).</summary>
    public void BeginBurst() => keyboard.BeginBurst();

    /// <summary>Presses and releases the key for <paramref name="keysym"/>, holding Shift around it when needed.</summary>
    public void Type(nuint keysym)
    {
        var stroke = keyboard.Resolve(keysym);
        var shift = stroke.Shift ? ShiftKeycode() : (byte)0;
        if (stroke.Shift)
        {
            Key(shift, pressed: true);
        }

        Key(stroke.Keycode, pressed: true);
        Key(stroke.Keycode, pressed: false);
        if (stroke.Shift)
        {
            Key(shift, pressed: false);
        }
    }

    /// <summary>pyautogui's keyDown: a shifted character gets Shift around the key press only.</summary>
    public void KeyDown(nuint keysym)
    {
        var stroke = keyboard.Resolve(keysym);
        var shift = stroke.Shift ? ShiftKeycode() : (byte)0;
        if (stroke.Shift)
        {
            Key(shift, pressed: true);
        }

        Key(stroke.Keycode, pressed: true);
        if (stroke.Shift)
        {
            Key(shift, pressed: false);
        }
    }

    public void KeyUp(nuint keysym) => Key(keyboard.Resolve(keysym).Keycode, pressed: false);

    /// <summary>pyautogui's hotkey: key downs in order, key ups in reverse order.</summary>
    public void Hotkey(IReadOnlyList<nuint> keysyms)
    {
        foreach (var keysym in keysyms)
        {
            KeyDown(keysym);
        }

        for (var i = keysyms.Count - 1; i >= 0; i--)
        {
            KeyUp(keysyms[i]);
        }
    }

    private byte ShiftKeycode() => keyboard.Resolve(KeySymbols.ShiftLeft).Keycode;

    private void Key(byte keycode, bool pressed) =>
        XTest.XTestFakeKeyEvent(connection.Handle, keycode, pressed ? 1 : 0, 0);
}
