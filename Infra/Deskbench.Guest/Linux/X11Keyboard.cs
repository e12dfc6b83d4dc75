using Deskbench.Guest.Linux.Native;

namespace Deskbench.Guest.Linux;

/// <summary>
/// Finds the keycode (and shift level) that produces a keysym in the server's current keymap. A keysym the keymap lacks
/// is bound to a spare keycode with <c>XChangeKeyboardMapping</c> (as xdotool does). Bindings stay until the spare keycode
/// is needed for another keysym or <see cref="RestoreTemporaryMappings"/> runs: restoring right after the key event would
/// race with clients (GTK) that re-read the keymap only when they process the event. All members need the gate held.
/// </summary>
internal sealed unsafe class X11Keyboard(X11Connection connection)
{
    private const int LevelsUsed = 2;

    /// <summary>How long clients get to process events typed with a spare keycode before it is rebound in the same burst.</summary>
    private static readonly TimeSpan RebindGrace = TimeSpan.FromMilliseconds(50);

    private readonly Dictionary<nuint, KeyStroke> strokes = [];
    private readonly List<byte> spareKeycodes = [];
    private readonly Dictionary<byte, nuint> temporary = [];
    private readonly LinkedList<byte> temporaryByAge = new();
    private readonly HashSet<byte> usedInBurst = [];

    /// <summary>Re-reads the keymap (another client may have changed it) and starts a new burst of key events.</summary>
    public void BeginBurst()
    {
        usedInBurst.Clear();
        LoadKeymap();
    }

    /// <summary>The key that produces <paramref name="keysym"/>, binding a spare keycode when no key does.</summary>
    public KeyStroke Resolve(nuint keysym)
    {
        if (strokes.Count == 0)
        {
            LoadKeymap();
        }

        if (!strokes.TryGetValue(keysym, out var stroke))
        {
            return BindSpareKeycode(keysym);
        }

        if (temporary.ContainsKey(stroke.Keycode))
        {
            temporaryByAge.Remove(stroke.Keycode);
            temporaryByAge.AddLast(stroke.Keycode);
            usedInBurst.Add(stroke.Keycode);
        }

        return stroke;
    }

    /// <summary>Unbinds every spare keycode bound by <see cref="Resolve"/>.</summary>
    public void RestoreTemporaryMappings()
    {
        foreach (var keycode in temporary.Keys)
        {
            SetKeysyms(keycode, KeySymbols.NoSymbol);
        }

        temporary.Clear();
        temporaryByAge.Clear();
        Xlib.XSync(connection.Handle, 0);
        strokes.Clear();
    }

    private KeyStroke BindSpareKeycode(nuint keysym)
    {
        byte keycode;
        if (spareKeycodes.Count > 0)
        {
            keycode = spareKeycodes[^1];
            spareKeycodes.RemoveAt(spareKeycodes.Count - 1);
        }
        else if (temporaryByAge.First is { } oldest)
        {
            keycode = oldest.Value;
            temporaryByAge.RemoveFirst();
            strokes.Remove(temporary[keycode]);
            if (usedInBurst.Contains(keycode))
            {
                // Events typed with this keycode in the current burst may not have been read by their client yet.
                Xlib.XSync(connection.Handle, 0);
                Thread.Sleep(RebindGrace);
            }
        }
        else
        {
            throw new InvalidOperationException(
                $"Cannot type keysym 0x{keysym:x}: it is not in the keymap of {connection.DisplayName} and no keycode is free to bind it.");
        }

        SetKeysyms(keycode, keysym);
        temporary[keycode] = keysym;
        temporaryByAge.AddLast(keycode);
        usedInBurst.Add(keycode);
        var stroke = new KeyStroke(keycode, Shift: false);
        strokes[keysym] = stroke;
        return stroke;
    }

    private void SetKeysyms(byte keycode, nuint keysym)
    {
        // The same keysym on both levels, so Shift or Caps Lock cannot change the character (a lone letter keysym would
        // otherwise get an upper-case second level).
        var keysyms = stackalloc nuint[LevelsUsed] { keysym, keysym };
        Xlib.XChangeKeyboardMapping(connection.Handle, keycode, LevelsUsed, keysyms, 1);
    }

    private void LoadKeymap()
    {
        var display = connection.Handle;
        Xlib.XDisplayKeycodes(display, out var min, out var max);
        var count = max - min + 1;
        var map = Xlib.XGetKeyboardMapping(display, (byte)min, count, out var perKeycode);
        if (map == null)
        {
            throw new InvalidOperationException($"Cannot read the keymap of {connection.DisplayName}.");
        }

        try
        {
            strokes.Clear();
            spareKeycodes.Clear();
            var levels = Math.Min(LevelsUsed, perKeycode);
            for (var level = 0; level < levels; level++)
            {
                for (var i = 0; i < count; i++)
                {
                    var keysym = map[(i * perKeycode) + level];
                    if (keysym != KeySymbols.NoSymbol)
                    {
                        strokes.TryAdd(keysym, new KeyStroke((byte)(min + i), Shift: level == 1));
                    }
                }
            }

            for (var i = 0; i < count; i++)
            {
                var keycode = (byte)(min + i);
                if (!temporary.ContainsKey(keycode) && IsUnbound(map + (i * perKeycode), perKeycode))
                {
                    spareKeycodes.Add(keycode);
                }
            }
        }
        finally
        {
            Xlib.XFree(map);
        }
    }

    private static bool IsUnbound(nuint* keysyms, int count)
    {
        for (var j = 0; j < count; j++)
        {
            if (keysyms[j] != KeySymbols.NoSymbol)
            {
                return false;
            }
        }

        return true;
    }
}
