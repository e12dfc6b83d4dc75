namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// Turns one parsed call into typed actions with pyautogui's semantics (Linux/X11 backend): click counts of 0 only
/// move, scroll amounts are truncated to whole wheel clicks (positive = up/right), key names longer than one character
/// are lower-cased, <c>typewrite</c> of a string types it verbatim while a list presses key names.
/// </summary>
internal static class PyAutoGuiCallTranslator
{
    /// <summary>
    /// Translates a whole statement list. <c>pyperclip.copy(text)</c> directly followed by a paste hotkey
    /// (<c>hotkey('ctrl', 'v')</c>, as UI-TARS types text) becomes one <see cref="TypeTextAction"/> of the text; the
    /// clipboard itself is not changed (there is no clipboard action), which is the only visible difference.
    /// </summary>
    public static IReadOnlyList<DesktopAction> TranslateAll(IReadOnlyList<PythonCall> calls, double waitSeconds)
    {
        var actions = new List<DesktopAction>();
        for (var i = 0; i < calls.Count; i++)
        {
            if (calls[i].Function == PyAutoGuiFunctions.ClipboardCopy)
            {
                var text = PyAutoGuiFunctions.ByQualifiedName[PyAutoGuiFunctions.ClipboardCopy].Bind(calls[i]).String("text");
                if (i + 1 < calls.Count && IsPasteHotkey(calls[i + 1], waitSeconds))
                {
                    if (text.Length > 0)
                    {
                        actions.Add(new TypeTextAction(text));
                    }

                    i++;
                    continue;
                }

                throw new ActionTranslationException(
                    $"line {calls[i].Line}: pyperclip.copy() is only translated when the next statement pastes it with pyautogui.hotkey('ctrl', 'v'); "
                    + "to type text, use pyautogui.write(text)");
            }

            actions.AddRange(Translate(calls[i], waitSeconds));
        }

        return actions;
    }

    private static bool IsPasteHotkey(PythonCall call, double waitSeconds) =>
        call.Function is "pyautogui.hotkey" or "pyautogui.shortcut"
        && Translate(call, waitSeconds).ToList() is [HotkeyAction { Keys: ["ctrl", "v" or "V"] }];

    public static IEnumerable<DesktopAction> Translate(PythonCall call, double waitSeconds)
    {
        switch (call.Function)
        {
            case "WAIT": return [new WaitAction(waitSeconds)];
            case "DONE": return [new DoneAction()];
            case "FAIL": return [new FailAction()];
        }

        if (!PyAutoGuiFunctions.ByQualifiedName.TryGetValue(call.Function, out var function))
        {
            throw UnknownFunction(call);
        }

        var args = function.Bind(call);
        var name = call.Function.StartsWith(PythonSubsetParser.Pyautogui + ".", StringComparison.Ordinal)
            ? call.Function[(PythonSubsetParser.Pyautogui.Length + 1)..]
            : call.Function;
        return name switch
        {
            "click" => Click(args, args.Button("button", MouseButton.Left), args.Int("clicks", 1)),
            "leftClick" => Click(args, MouseButton.Left, 1),
            "rightClick" => Click(args, MouseButton.Right, 1),
            "middleClick" => Click(args, MouseButton.Middle, 1),
            "doubleClick" => Click(args, args.Button("button", MouseButton.Left), 2),
            "tripleClick" => Click(args, args.Button("button", MouseButton.Left), 3),
            "moveTo" => MoveTo(args),
            "moveRel" or "move" => MoveRel(args),
            "dragTo" => DragTo(args),
            "dragRel" or "drag" => DragRel(args),
            "mouseDown" => [MouseButtonAction(args, down: true)],
            "mouseUp" => [MouseButtonAction(args, down: false)],
            "scroll" or "vscroll" => Scroll(args, horizontal: false),
            "hscroll" => Scroll(args, horizontal: true),
            "keyDown" => [new KeyDownAction(Key(args, args.Get("key")))],
            "keyUp" => [new KeyUpAction(Key(args, args.Get("key")))],
            "press" => Press(args),
            "typewrite" or "write" => TypeWrite(args),
            "hotkey" or "shortcut" => Hotkey(args),
            "sleep" => Sleep(args, "seconds"),
            "time.sleep" => Sleep(args, "secs"),
            "print" => [],
            _ => throw UnknownFunction(call),
        };
    }

    private static ActionTranslationException UnknownFunction(PythonCall call)
    {
        if (call.Function.StartsWith(PythonSubsetParser.Pyautogui + ".", StringComparison.Ordinal))
        {
            return new ActionTranslationException(
                $"line {call.Line}: {call.Function}() is not supported; expected one of pyautogui.{{{PyAutoGuiFunctions.SupportedPyAutoGuiNames}}}, time.sleep, or WAIT/DONE/FAIL");
        }

        return new ActionTranslationException(
            $"line {call.Line}: {call.Function}() cannot be translated; the pyautogui action space accepts only pyautogui input calls "
            + "(click, moveTo, dragTo, scroll, write, press, hotkey, …), time.sleep and WAIT/DONE/FAIL — no other Python, shell or file access");
    }

    private static IEnumerable<DesktopAction> Click(PythonArguments args, MouseButton button, int count)
    {
        var (x, y) = args.Point("x", "y");
        if (count <= 0)
        {
            // pyautogui moves first and then clicks zero times.
            return x is { } mx && y is { } my ? [new MoveAction(mx, my)] : [];
        }

        return [new ClickAction(x, y, button, count, args.Double("interval", 0))];
    }

    private static IEnumerable<DesktopAction> MoveTo(PythonArguments args)
    {
        var (x, y) = args.Point("x", "y");
        return (x, y) switch
        {
            (null, null) => [],
            ({ } mx, { } my) => [new MoveAction(mx, my)],
            _ => throw args.Error("give both x and y (moving along one axis only is not supported)"),
        };
    }

    private static IEnumerable<DesktopAction> MoveRel(PythonArguments args)
    {
        var (dx, dy) = args.Point("xOffset", "yOffset");
        return dx is null or 0 && dy is null or 0 ? [] : [new MoveAction(dx ?? 0, dy ?? 0, Relative: true)];
    }

    private static IEnumerable<DesktopAction> DragTo(PythonArguments args)
    {
        var (x, y) = args.Point("x", "y");
        if (x is not { } tx || y is not { } ty)
        {
            throw args.Error("give both x and y, the point to drag to");
        }

        if (args.Has("mouseDownUp") && args.Get("mouseDownUp") is false)
        {
            return [new MoveAction(tx, ty)];
        }

        return [new DragAction(tx, ty, args.Button("button", MouseButton.Left), DurationSeconds: args.Double("duration", 0))];
    }

    private static IEnumerable<DesktopAction> DragRel(PythonArguments args)
    {
        var (dx, dy) = args.Point("xOffset", "yOffset");
        if (dx is null or 0 && dy is null or 0)
        {
            return [];
        }

        if (args.Has("mouseDownUp") && args.Get("mouseDownUp") is false)
        {
            return [new MoveAction(dx ?? 0, dy ?? 0, Relative: true)];
        }

        return [new DragAction(dx ?? 0, dy ?? 0, args.Button("button", MouseButton.Left), Relative: true, DurationSeconds: args.Double("duration", 0))];
    }

    private static DesktopAction MouseButtonAction(PythonArguments args, bool down)
    {
        var (x, y) = args.Point("x", "y");
        var button = args.Button("button", MouseButton.Left);
        return down ? new MouseDownAction(x, y, button) : new MouseUpAction(x, y, button);
    }

    private static IEnumerable<DesktopAction> Scroll(PythonArguments args, bool horizontal)
    {
        var clicks = args.OptionalInt("clicks") ?? throw args.Error("'clicks' must be a number, got None");
        var (x, y) = args.Point("x", "y");
        if (clicks == 0)
        {
            return [];
        }

        return [horizontal ? new ScrollAction(clicks, 0, x, y) : new ScrollAction(0, clicks, x, y)];
    }

    private static IEnumerable<DesktopAction> Sleep(PythonArguments args, string parameter)
    {
        var seconds = args.Double(parameter, double.NaN);
        return seconds switch
        {
            double.NaN => throw args.Error($"'{parameter}' must be a number, got None"),
            < 0 => throw args.Error("sleep length must be non-negative"),
            _ => [new WaitAction(seconds)],
        };
    }

    private static IEnumerable<DesktopAction> Press(PythonArguments args)
    {
        var keys = KeyList(args, args.Get("keys"), "keys");
        var presses = args.Int("presses", 1);
        var interval = args.Double("interval", 0);
        if (presses <= 0 || keys.Count == 0)
        {
            return [];
        }

        if (keys.Count == 1)
        {
            return [new KeyPressAction(keys[0], presses, interval)];
        }

        // pyautogui presses the whole list once per repetition and sleeps 'interval' after each repetition.
        var actions = new List<DesktopAction>();
        for (var i = 0; i < presses; i++)
        {
            if (i > 0 && interval > 0)
            {
                actions.Add(new WaitAction(interval));
            }

            actions.AddRange(keys.Select(k => new KeyPressAction(k)));
        }

        return actions;
    }

    private static IEnumerable<DesktopAction> TypeWrite(PythonArguments args)
    {
        var message = args.Get("message");
        var interval = args.Double("interval", 0);
        if (message is string text)
        {
            // Verbatim: shifted characters such as '<' are typed by the guest with the right keysym and shift, so
            // OSWorld's rewrite of '<' to hotkey('shift', ',') (pyautogui issue #198) is not needed.
            return text.Length == 0 ? [] : [new TypeTextAction(text, interval)];
        }

        var keys = KeyList(args, message, "message");
        var actions = new List<DesktopAction>();
        foreach (var key in keys)
        {
            if (actions.Count > 0 && interval > 0)
            {
                actions.Add(new WaitAction(interval));
            }

            actions.Add(new KeyPressAction(key));
        }

        return actions;
    }

    private static IEnumerable<DesktopAction> Hotkey(PythonArguments args)
    {
        var values = args.VarArgs;
        if (values is [object?[] list])
        {
            values = list; // hotkey(['ctrl', 'c']) is accepted like hotkey('ctrl', 'c').
        }

        var keys = values.Select(v => Key(args, v)).ToArray();
        return keys.Length == 0 ? [] : [new HotkeyAction(keys)];
    }

    private static List<string> KeyList(PythonArguments args, object? value, string parameter) => value switch
    {
        string => [Key(args, value)],
        object?[] items => items.Select(item => Key(args, item)).ToList(),
        _ => throw args.Error($"'{parameter}' must be a key name or a list of key names, got {PythonValues.TypeName(value)} {PythonValues.Describe(value)}"),
    };

    private static string Key(PythonArguments args, object? value)
    {
        if (value is not string key)
        {
            throw args.Error($"a key must be a string, got {PythonValues.TypeName(value)} {PythonValues.Describe(value)}");
        }

        if (!PyAutoGuiKeys.IsPressable(key))
        {
            throw args.Error($"{PythonValues.Describe(key)} is not a pyautogui key name; expected a single character or a name from "
                + "pyautogui.KEYBOARD_KEYS such as 'enter', 'tab', 'esc', 'backspace', 'ctrl', 'shift', 'alt', 'win', 'up', 'pagedown', 'f5'");
        }

        return PyAutoGuiKeys.Normalize(key);
    }
}
