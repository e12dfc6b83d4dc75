using System.Text.Json.Nodes;

namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// Translates Windows Agent Arena's Python <c>computer.*</c> API (the code blocks Navi writes) into typed actions.
/// <c>computer.mouse.move_id(id)</c> moves to the centre of set-of-marks box <c>id</c> (the context's marks, matched
/// by <see cref="Observations.ScreenMark.Index"/>); <c>move_abs</c>/<c>drag</c> take fractions of the screen (WAA's
/// window rectangle is the whole screen here; WAA's own <c>drag</c> crashes on these arguments, Deskbench drags);
/// <c>scroll(dir)</c> scrolls 3 wheel clicks (WAA's <c>pyautogui.scroll(±400)</c> on Windows);
/// <c>clipboard.copy_text(t)</c> followed by <c>clipboard.paste()</c> types <c>t</c>; <c>os.open_program(name)</c>
/// opens the start menu, types the name and presses enter. Queries that only return information to WAA's agent
/// (<c>view_clipboard</c>, <c>find_open_applications</c>, <c>is_installed</c>) do nothing. pyautogui calls,
/// <c>time.sleep</c> and WAIT/DONE/FAIL are translated as in the pyautogui space. What has no typed equivalent
/// (<c>switch_to_application</c>, <c>copy_image</c>, <c>human.*</c>) is an error naming the call.
/// </summary>
public sealed class WaaActionTranslator : IContextualActionTranslator
{
    /// <summary>The action space name.</summary>
    public const string Space = "waa";

    /// <summary>Wheel clicks of <c>computer.mouse.scroll</c>: WAA scrolls 400 wheel units on Windows, about 3 notches of 120.</summary>
    public const int ScrollClicks = 3;

    private readonly double _waitSeconds;

    public WaaActionTranslator(int screenWidth = 1920, int screenHeight = 1080, double waitSeconds = SpecialActionWords.DefaultWaitSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(screenWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(screenHeight);
        ArgumentOutOfRangeException.ThrowIfNegative(waitSeconds);
        ScreenWidth = screenWidth;
        ScreenHeight = screenHeight;
        _waitSeconds = waitSeconds;
    }

    /// <summary>The <c>computer.*</c> functions translated (besides pyautogui and time.sleep).</summary>
    public static IReadOnlyList<string> Functions { get; } =
    [
        "computer.mouse.move_id", "computer.mouse.move_abs", "computer.mouse.single_click", "computer.mouse.double_click",
        "computer.mouse.right_click", "computer.mouse.scroll", "computer.mouse.drag", "computer.keyboard.write",
        "computer.keyboard.press", "computer.clipboard.copy_text", "computer.clipboard.paste", "computer.clipboard.view_clipboard",
        "computer.os.open_program", "computer.os.maximize_window", "computer.os.is_installed",
        "computer.window_manager.find_open_applications",
    ];

    public string ActionSpace => Space;

    public int ScreenWidth { get; }

    public int ScreenHeight { get; }

    public IReadOnlyList<DesktopAction> Translate(AgentAction action) => Translate(action, ActionTranslationContext.None);

    public IReadOnlyList<DesktopAction> Translate(AgentAction action, ActionTranslationContext context)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(context);
        var code = action.Value switch
        {
            JsonValue v when v.TryGetValue(out string? s) => s,
            JsonObject o when o["code"] is JsonValue c && c.TryGetValue(out string? s) => s,
            JsonObject o when o["command"] is JsonValue c && c.TryGetValue(out string? s) => s,
            _ => throw new ActionTranslationException(
                $"waa: expected Python code on the computer.* API as a string (or {{\"code\": …}}), or WAIT/DONE/FAIL; got {JsonActionText.Describe(action.Value)}"),
        };
        return TranslateCode(code, context);
    }

    /// <summary>Translates one code block.</summary>
    public IReadOnlyList<DesktopAction> TranslateCode(string code, ActionTranslationContext context)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(context);
        if (SpecialActionWords.TryTranslate(code, _waitSeconds) is { } special)
        {
            return [special];
        }

        var body = StripFence(code);
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new ActionTranslationException("waa: the action is empty; expected computer.* code or WAIT/DONE/FAIL");
        }

        try
        {
            var calls = PythonSubsetParser.Parse(body);
            var actions = new List<DesktopAction>();
            for (var i = 0; i < calls.Count; i++)
            {
                if (calls[i].Function == "computer.clipboard.copy_text" && i + 1 < calls.Count && calls[i + 1].Function == "computer.clipboard.paste")
                {
                    var text = new WaaCallArguments(calls[i], ["text"]).String("text");
                    _ = new WaaCallArguments(calls[i + 1], []);
                    actions.AddRange(text.Length > 0 ? [new TypeTextAction(text)] : []);
                    i++;
                    continue;
                }

                actions.AddRange(TranslateCall(calls[i], context));
            }

            return actions;
        }
        catch (ActionTranslationException e)
        {
            throw new ActionTranslationException("waa: " + e.Message, e);
        }
    }

    private IEnumerable<DesktopAction> TranslateCall(PythonCall call, ActionTranslationContext context)
    {
        if (!call.Function.StartsWith("computer.", StringComparison.Ordinal) && !call.Function.StartsWith("human.", StringComparison.Ordinal))
        {
            return PyAutoGuiCallTranslator.Translate(call, _waitSeconds);
        }

        return call.Function switch
        {
            "computer.mouse.move_id" => [MoveToMark(call, context)],
            "computer.mouse.move_abs" => [MoveAbs(new WaaCallArguments(call, ["x", "y"]))],
            "computer.mouse.single_click" => NoArgs(call, new ClickAction()),
            "computer.mouse.double_click" => NoArgs(call, new ClickAction(Count: 2)),
            "computer.mouse.right_click" => NoArgs(call, new ClickAction(Button: MouseButton.Right)),
            "computer.mouse.scroll" => [Scroll(new WaaCallArguments(call, ["dir"]))],
            "computer.mouse.drag" => [Drag(new WaaCallArguments(call, ["x", "y"]))],
            "computer.keyboard.write" => new WaaCallArguments(call, ["text"]).String("text") is { Length: > 0 } text ? [new TypeTextAction(text)] : [],
            "computer.keyboard.press" => [Press(new WaaCallArguments(call, ["key"]))],
            "computer.clipboard.paste" => NoArgs(call, new HotkeyAction(["ctrl", "v"])),
            "computer.clipboard.view_clipboard" or "computer.window_manager.find_open_applications" => NoArgs(call),
            "computer.os.is_installed" => Query(new WaaCallArguments(call, ["program_name"])),
            "computer.os.maximize_window" => NoArgs(call, new HotkeyAction(["win", "up"])),
            "computer.os.open_program" => OpenProgram(new WaaCallArguments(call, ["program_name"])),
            "computer.clipboard.copy_text" => throw Unsupported(call, "copying to the clipboard is only translated when the next call is computer.clipboard.paste() (it then types the text)"),
            _ => throw Unsupported(call, $"it has no typed-action equivalent; supported: {string.Join(", ", Functions)}, pyautogui calls, time.sleep, WAIT/DONE/FAIL"),
        };
    }

    private static ActionTranslationException Unsupported(PythonCall call, string why) =>
        new($"line {call.Line}: {call.Function}() cannot be translated: {why}");

    private static IEnumerable<DesktopAction> NoArgs(PythonCall call, params DesktopAction[] actions)
    {
        _ = new WaaCallArguments(call, []);
        return actions;
    }

    private static IEnumerable<DesktopAction> Query(WaaCallArguments args)
    {
        _ = args.String("program_name");
        return [];
    }

    private static MoveAction MoveToMark(PythonCall call, ActionTranslationContext context)
    {
        var args = new WaaCallArguments(call, ["id"]);
        var id = args.Number("id");
        var mark = context.Marks.FirstOrDefault(m => m.Index == id)
            ?? throw args.Error(context.Marks.Count == 0
                ? "no set-of-marks boxes were shown at this step; use computer.mouse.move_abs(x, y)"
                : $"there is no box {id}; the boxes are numbered {context.Marks.Min(m => m.Index)}..{context.Marks.Max(m => m.Index)}");
        var (x, y) = mark.Center;
        return new MoveAction(x, y);
    }

    private MoveAction MoveAbs(WaaCallArguments args)
    {
        var (x, y) = ToScreen(args);
        return new MoveAction(x, y);
    }

    private DragAction Drag(WaaCallArguments args)
    {
        var (x, y) = ToScreen(args);
        return new DragAction(x, y, DurationSeconds: 0.5);
    }

    private (int X, int Y) ToScreen(WaaCallArguments args) =>
        (Math.Min((int)Math.Round(args.Fraction("x") * ScreenWidth), ScreenWidth - 1), Math.Min((int)Math.Round(args.Fraction("y") * ScreenHeight), ScreenHeight - 1));

    private static ScrollAction Scroll(WaaCallArguments args) => args.OptionalString("dir", "down") switch
    {
        "down" => new ScrollAction(0, -ScrollClicks),
        "up" => new ScrollAction(0, ScrollClicks),
        var other => throw args.Error($"'dir' must be \"up\" or \"down\", got \"{other}\""),
    };

    /// <summary>WAA's <c>keyboard.press</c>: "ctrl+c" or "ctrl-c" is a combination, anything else one key.</summary>
    private static DesktopAction Press(WaaCallArguments args)
    {
        var text = args.String("key").Trim();
        var parts = text.Length > 1 && (text.Contains('+', StringComparison.Ordinal) || text.Contains('-', StringComparison.Ordinal))
            ? text.Split(text.Contains('+', StringComparison.Ordinal) ? '+' : '-', StringSplitOptions.TrimEntries)
            : [text];
        var keys = parts.Select(k => PyAutoGuiKeys.IsPressable(k) || PyAutoGuiKeys.IsKey(k.ToLowerInvariant())
            ? PyAutoGuiKeys.IsPressable(k) ? PyAutoGuiKeys.Normalize(k) : k.ToLowerInvariant()
            : throw args.Error($"'{k}' is not a key name; use pyautogui's names ('enter', 'ctrl', 'tab', 'a', 'f5' …)")).ToList();
        return keys.Count == 1 ? new KeyPressAction(keys[0]) : new HotkeyAction(keys);
    }

    private IEnumerable<DesktopAction> OpenProgram(WaaCallArguments args)
    {
        var name = args.String("program_name");
        return [new KeyPressAction("win"), new WaitAction(1), new TypeTextAction(name), new WaitAction(1), new KeyPressAction("enter"), new WaitAction(_waitSeconds)];
    }

    private static string StripFence(string code)
    {
        var trimmed = code.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return code;
        }

        var newline = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var body = newline < 0 ? trimmed.Trim('`') : "\n" + trimmed[(newline + 1)..];
        body = body.TrimEnd();
        return body.EndsWith("```", StringComparison.Ordinal) ? body[..^3] : body;
    }
}
