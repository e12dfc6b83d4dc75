using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;

namespace Deskbench.Guest.Client.OsWorld;

/// <summary>
/// Typed action → pyautogui source, the inverse of <see cref="PyAutoGuiTranslator"/>: what the "osworld" guest dialect
/// sends to <c>/execute</c> (prefixed with <see cref="OsWorldPythonCommand.Prefix"/>). Statements are joined with
/// <c>"; "</c>; keys are pyautogui key names (checked against <c>pyautogui.KEYBOARD_KEYS</c>); text is a Python literal.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><description><c>&lt;</c> gets OSWorld's workaround of pyautogui issue #198 (OSWorld issue #257): <c>press('&lt;')</c>
/// becomes <c>hotkey('shift', ',')</c> and <c>typewrite('a&lt;b')</c> becomes <c>typewrite('a'); hotkey('shift', ',');
/// typewrite('b')</c>, as <c>DesktopEnv._fix_pyautogui_less_than_bug</c> rewrites agents' code.</description></item>
/// <item><description>Text with a character pyautogui's X11 backend cannot type (anything outside printable ASCII, tab and
/// newline) is pasted instead: <c>pyperclip.copy(text); pyautogui.hotkey('ctrl', 'v')</c> (pyperclip comes with pyautogui).
/// That replaces the clipboard, ignores the typing interval and does not paste into terminals that want ctrl+shift+v.</description></item>
/// <item><description><see cref="DragAction"/> with a start point is <c>moveTo(start)</c> then <c>dragTo</c>; a
/// <see cref="ScrollAction"/> on both axes is <c>scroll</c> then <c>hscroll</c>.</description></item>
/// <item><description><see cref="WaitAction"/> is <c>time.sleep(s)</c>; <see cref="DoneAction"/> and <see cref="FailAction"/>
/// are the bare words <c>DONE</c> and <c>FAIL</c> (not code: the caller handles them).</description></item>
/// </list>
/// An action that has no pyautogui form (an unknown key name, a half-given point) throws <see cref="ArgumentException"/>;
/// an action with no effect (a zero scroll, an empty text) gives the empty string.
/// </remarks>
public static class PyAutoGuiCodeGenerator
{
    private const string ShiftComma = "pyautogui.hotkey('shift', ',')";

    /// <summary>The pyautogui statements of one action, joined with <c>"; "</c> (empty when the action does nothing).</summary>
    public static string Generate(DesktopAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return string.Join("; ", Statements(action));
    }

    /// <summary>The statements of several actions in order, joined with <c>"; "</c>.</summary>
    public static string Generate(IEnumerable<DesktopAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        return string.Join("; ", actions.SelectMany(Statements));
    }

    /// <summary>The statements of one action.</summary>
    public static IReadOnlyList<string> Statements(DesktopAction action) => action switch
    {
        MoveAction move => [Call(move.Relative ? "moveRel" : "moveTo", PythonLiteral.Int(move.X), PythonLiteral.Int(move.Y))],
        ClickAction click => [Click(click)],
        MouseDownAction down => [Call("mouseDown", [.. Point(down.X, down.Y), .. ButtonArgument(down.Button)])],
        MouseUpAction up => [Call("mouseUp", [.. Point(up.X, up.Y), .. ButtonArgument(up.Button)])],
        DragAction drag => Drag(drag),
        ScrollAction scroll => Scroll(scroll),
        TypeTextAction type => TypeText(type),
        KeyPressAction press => Press(press),
        KeyDownAction keyDown => [Call("keyDown", KeyLiteral(keyDown.Key))],
        KeyUpAction keyUp => [Call("keyUp", KeyLiteral(keyUp.Key))],
        HotkeyAction hotkey => hotkey.Keys.Count == 0 ? [] : [Call("hotkey", [.. hotkey.Keys.Select(KeyLiteral)])],
        WaitAction wait => [$"time.sleep({PythonLiteral.Float(NonNegative(wait.Seconds, "wait"))})"],
        DoneAction => ["DONE"],
        FailAction => ["FAIL"],
        _ => throw new ArgumentException($"{action.GetType().Name} has no pyautogui form", nameof(action)),
    };

    private static string Click(ClickAction click)
    {
        if (click.Count < 1)
        {
            throw new ArgumentException($"a click needs a count of at least 1, got {click.Count}", nameof(click));
        }

        List<string> arguments = [.. Point(click.X, click.Y)];
        if (click.Count != 1)
        {
            arguments.Add($"clicks={PythonLiteral.Int(click.Count)}");
        }

        if (click.IntervalSeconds > 0)
        {
            arguments.Add($"interval={PythonLiteral.Float(click.IntervalSeconds)}");
        }

        arguments.AddRange(ButtonArgument(click.Button));
        return Call("click", [.. arguments]);
    }

    private static List<string> Drag(DragAction drag)
    {
        var statements = new List<string>();
        switch (drag.FromX, drag.FromY)
        {
            case ({ } fromX, { } fromY):
                statements.Add(Call("moveTo", PythonLiteral.Int(fromX), PythonLiteral.Int(fromY)));
                break;
            case (null, null):
                break;
            default:
                throw new ArgumentException("a drag's start point needs both FromX and FromY", nameof(drag));
        }

        List<string> arguments = [PythonLiteral.Int(drag.X), PythonLiteral.Int(drag.Y)];
        if (NonNegative(drag.DurationSeconds, "drag duration") > 0)
        {
            arguments.Add($"duration={PythonLiteral.Float(drag.DurationSeconds)}");
        }

        arguments.AddRange(ButtonArgument(drag.Button));
        statements.Add(Call(drag.Relative ? "dragRel" : "dragTo", [.. arguments]));
        return statements;
    }

    private static List<string> Scroll(ScrollAction scroll)
    {
        var at = Point(scroll.X, scroll.Y).Select((value, i) => (i == 0 ? "x=" : "y=") + value).ToArray();
        var statements = new List<string>();
        if (scroll.Dy != 0)
        {
            statements.Add(Call("scroll", [PythonLiteral.Int(scroll.Dy), .. at]));
        }

        if (scroll.Dx != 0)
        {
            statements.Add(Call("hscroll", [PythonLiteral.Int(scroll.Dx), .. at]));
        }

        return statements;
    }

    private static List<string> TypeText(TypeTextAction type)
    {
        var statements = new List<string>();
        if (type.Text.Length == 0)
        {
            return statements;
        }

        if (!type.Text.All(IsTypeable))
        {
            statements.Add("import pyperclip");
            statements.Add($"pyperclip.copy({PythonLiteral.String(type.Text)})");
            statements.Add(Call("hotkey", "'ctrl'", "'v'"));
            return statements;
        }

        var interval = NonNegative(type.IntervalSeconds, "typing interval") > 0 ? $", interval={PythonLiteral.Float(type.IntervalSeconds)}" : string.Empty;
        var parts = type.Text.Split('<');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                statements.Add(ShiftComma);
            }

            if (parts[i].Length > 0)
            {
                statements.Add($"pyautogui.typewrite({PythonLiteral.String(parts[i])}{interval})");
            }
        }

        return statements;
    }

    private static List<string> Press(KeyPressAction press)
    {
        var statements = new List<string>();
        if (press.Presses < 1)
        {
            return statements;
        }

        if (press.Key != "<")
        {
            var extra = (press.Presses != 1 ? $", presses={PythonLiteral.Int(press.Presses)}" : string.Empty)
                + (NonNegative(press.IntervalSeconds, "press interval") > 0 ? $", interval={PythonLiteral.Float(press.IntervalSeconds)}" : string.Empty);
            statements.Add($"pyautogui.press({KeyLiteral(press.Key)}{extra})");
            return statements;
        }

        for (var i = 0; i < press.Presses; i++)
        {
            if (i > 0 && press.IntervalSeconds > 0)
            {
                statements.Add($"time.sleep({PythonLiteral.Float(press.IntervalSeconds)})");
            }

            statements.Add(ShiftComma);
        }

        return statements;
    }

    /// <summary>Characters pyautogui's X11 backend types itself: printable ASCII, tab, newline and carriage return.</summary>
    private static bool IsTypeable(char c) => c is (>= ' ' and <= '~') or '\t' or '\n' or '\r';

    private static string KeyLiteral(string key)
    {
        if (!PyAutoGuiKeys.IsPressable(key))
        {
            throw new ArgumentException(
                $"'{key}' is not a pyautogui key name (pyautogui.KEYBOARD_KEYS: a single character or a name such as 'enter', 'ctrl', 'f5')",
                nameof(key));
        }

        return PythonLiteral.String(PyAutoGuiKeys.Normalize(key));
    }

    private static string[] Point(int? x, int? y) => (x, y) switch
    {
        (null, null) => [],
        ({ } px, { } py) => [PythonLiteral.Int(px), PythonLiteral.Int(py)],
        _ => throw new ArgumentException($"a point needs both coordinates or neither, got x={x?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None"}, y={y?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None"}"),
    };

    private static string[] ButtonArgument(MouseButton button) => button switch
    {
        MouseButton.Left => [],
        MouseButton.Right => ["button='right'"],
        MouseButton.Middle => ["button='middle'"],
        _ => throw new ArgumentException($"unknown mouse button {button}", nameof(button)),
    };

    private static double NonNegative(double value, string what) =>
        double.IsFinite(value) && value >= 0 ? value : throw new ArgumentException($"{what} must be a non-negative number of seconds, got {value}");

    private static string Call(string function, params string[] arguments) => $"pyautogui.{function}({string.Join(", ", arguments)})";
}
