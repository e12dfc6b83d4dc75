using System.Text.Json.Nodes;

namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// Translates Anthropic computer tool calls (<c>computer_20250124</c>, <c>computer_20251124</c>, and the older
/// <c>computer_20241022</c>) into typed actions. Input: the tool call's <c>input</c> object (<c>{"action": "left_click",
/// "coordinate": [x, y]}</c>), a whole <c>tool_use</c> block, a list of either, their JSON text, or WAIT/DONE/FAIL.
/// Coordinates are in the pixels of the display declared to the model and are mapped to the screen with
/// <see cref="Scaling"/>. <c>screenshot</c>, <c>cursor_position</c> and <c>zoom</c> only observe: they translate to no
/// action (the agent answers them; <see cref="ZoomRegion"/> gives the screen area to crop).
/// </summary>
public sealed class AnthropicActionTranslator : IActionTranslator
{
    /// <summary>The action space name.</summary>
    public const string Space = "anthropic";

    /// <summary>How long <c>left_click_drag</c> takes to move from start to end.</summary>
    public const double DragDurationSeconds = 0.5;

    /// <summary>The longest <c>wait</c> / <c>hold_key</c> Anthropic's reference implementation accepts.</summary>
    public const double MaxDurationSeconds = 100;

    private readonly double _waitSeconds;

    public AnthropicActionTranslator(CoordinateScaling? scaling = null, double waitSeconds = SpecialActionWords.DefaultWaitSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(waitSeconds);
        Scaling = scaling ?? CoordinateScaling.Identity(1920, 1080);
        _waitSeconds = waitSeconds;
    }

    /// <summary>Every action of the tool, as of <c>computer_20251124</c>.</summary>
    public static IReadOnlyList<string> ActionTypes { get; } =
    [
        "screenshot", "cursor_position", "mouse_move", "left_click", "right_click", "middle_click", "double_click",
        "triple_click", "left_click_drag", "left_mouse_down", "left_mouse_up", "type", "key", "hold_key", "scroll", "wait", "zoom",
    ];

    /// <summary>The actions that only observe (answered by the agent, no input to the desktop).</summary>
    public static IReadOnlySet<string> ObservationActions { get; } = new HashSet<string>(StringComparer.Ordinal) { "screenshot", "cursor_position", "zoom" };

    public string ActionSpace => Space;

    /// <summary>Maps the model's coordinates to the screen.</summary>
    public CoordinateScaling Scaling { get; }

    public IReadOnlyList<DesktopAction> Translate(AgentAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Translate(action.Value);
    }

    /// <summary>The <c>action</c> name of a tool call's input (or tool_use block), or null when there is none.</summary>
    public static string? ActionName(JsonNode? node) =>
        InputOf(node) is { } input && input["action"] is JsonValue v && v.TryGetValue(out string? name) ? name : null;

    /// <summary>Translates one tool call input object.</summary>
    public IReadOnlyList<DesktopAction> TranslateInput(JsonObject input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input["action"] is not JsonValue v || !v.TryGetValue(out string? name))
        {
            throw new ActionTranslationException(
                $"anthropic: the tool input has no \"action\" string; expected one of {string.Join(", ", ActionTypes)}; got {JsonActionText.Describe(input)}");
        }

        if (name == "zoom")
        {
            _ = ZoomRegion(input); // validated here; the agent answers it with a crop
            return [];
        }

        var p = new AnthropicActionInput(name, input, Scaling);
        return name switch
        {
            "screenshot" or "cursor_position" => [],
            "mouse_move" => [Move(p.Point("coordinate", required: true)!.Value)],
            "left_click" => Click(p, MouseButton.Left, 1),
            "right_click" => Click(p, MouseButton.Right, 1),
            "middle_click" => Click(p, MouseButton.Middle, 1),
            "double_click" => Click(p, MouseButton.Left, 2),
            "triple_click" => Click(p, MouseButton.Left, 3),
            "left_click_drag" => Drag(p),
            "left_mouse_down" => [p.Point("coordinate", required: false) is { } d ? new MouseDownAction(d.X, d.Y) : new MouseDownAction()],
            "left_mouse_up" => [p.Point("coordinate", required: false) is { } u ? new MouseUpAction(u.X, u.Y) : new MouseUpAction()],
            "type" => p.String("text") is { Length: > 0 } text ? [new TypeTextAction(text)] : [],
            "key" => AnthropicKeyNames.ToActions(p.String("text"), p.Error),
            "hold_key" => HoldKey(p),
            "scroll" => Scroll(p),
            "wait" => [new WaitAction(Duration(p))],
            _ => throw new ActionTranslationException($"anthropic: unknown action '{name}'; expected one of {string.Join(", ", ActionTypes)}"),
        };
    }

    /// <summary>The screen rectangle [x0, y0, x1, y1) a <c>zoom</c> input's <c>region</c> shows, for cropping the full-resolution screenshot.</summary>
    public (int X0, int Y0, int X1, int Y1) ZoomRegion(JsonObject input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var p = new AnthropicActionInput("zoom", input, Scaling);
        if (!p.Has("region"))
        {
            throw p.Error("missing required field 'region' ([x0, y0, x1, y1] in display pixels)");
        }

        var r = p.Numbers("region", 4);
        if (!Scaling.IsOnModelImage(r[0], r[1]) || !Scaling.IsOnModelImage(r[2], r[3]))
        {
            throw p.Error($"'region' is outside the {Scaling.ModelWidth}x{Scaling.ModelHeight} display");
        }

        if (r[2] <= r[0] || r[3] <= r[1])
        {
            throw p.Error("'region' must be [x0, y0, x1, y1] with x1 > x0 and y1 > y0");
        }

        return Scaling.RegionToScreen(r[0], r[1], r[2], r[3]);
    }

    private IReadOnlyList<DesktopAction> Translate(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                return array.SelectMany(Translate).ToList();
            case JsonObject when InputOf(node) is { } input:
                return TranslateInput(input);
            case JsonValue value when value.TryGetValue(out string? text):
                if (SpecialActionWords.TryTranslate(text, _waitSeconds) is { } special)
                {
                    return [special];
                }

                if (JsonActionText.LooksLikeJson(text))
                {
                    return Translate(JsonActionText.Parse(text, Space));
                }

                break;
        }

        throw new ActionTranslationException(
            $"anthropic: expected a computer tool input such as {{\"action\": \"left_click\", \"coordinate\": [100, 200]}}, a tool_use block, a list of them, or WAIT/DONE/FAIL; got {JsonActionText.Describe(node)}");
    }

    private static JsonObject? InputOf(JsonNode? node) => node switch
    {
        JsonObject o when o["type"] is JsonValue t && t.TryGetValue(out string? type) && type == "tool_use" => o["input"] as JsonObject
            ?? throw new ActionTranslationException($"anthropic: the tool_use block has no \"input\" object: {JsonActionText.Describe(o)}"),
        JsonObject o => o,
        _ => null,
    };

    private static MoveAction Move((int X, int Y) point) => new(point.X, point.Y);

    private static IReadOnlyList<DesktopAction> Click(AnthropicActionInput p, MouseButton button, int count)
    {
        var point = p.Point("coordinate", required: false);
        return WithModifiers(p, [new ClickAction(point?.X, point?.Y, button, count)]);
    }

    private static IReadOnlyList<DesktopAction> Drag(AnthropicActionInput p)
    {
        var end = p.Point("coordinate", required: true)!.Value;
        var start = p.Point("start_coordinate", required: false);
        return WithModifiers(p, [new DragAction(end.X, end.Y, FromX: start?.X, FromY: start?.Y, DurationSeconds: DragDurationSeconds)]);
    }

    private static IReadOnlyList<DesktopAction> Scroll(AnthropicActionInput p)
    {
        var direction = p.String("scroll_direction");
        var amount = p.WholeNumber("scroll_amount");
        var (dx, dy) = direction switch
        {
            "up" => (0, amount),
            "down" => (0, -amount),
            "left" => (-amount, 0),
            "right" => (amount, 0),
            _ => throw p.Error($"'scroll_direction' must be one of up, down, left, right, got '{direction}'"),
        };
        var point = p.Point("coordinate", required: false);
        return amount == 0 ? [] : WithModifiers(p, [new ScrollAction(dx, dy, point?.X, point?.Y)]);
    }

    private static IReadOnlyList<DesktopAction> HoldKey(AnthropicActionInput p)
    {
        var keys = AnthropicKeyNames.ChordKeys(p.String("text"), p.Error);
        var duration = Duration(p);
        return [.. keys.Select(k => new KeyDownAction(k)), new WaitAction(duration), .. keys.Reverse().Select(k => new KeyUpAction(k))];
    }

    private static double Duration(AnthropicActionInput p)
    {
        var seconds = p.Number("duration");
        return seconds is >= 0 and <= MaxDurationSeconds
            ? seconds
            : throw p.Error($"'duration' must be between 0 and {MaxDurationSeconds} seconds, got {seconds}");
    }

    /// <summary>Clicks and scrolls may hold modifier keys named in <c>text</c> (e.g. "shift", "ctrl+alt").</summary>
    private static IReadOnlyList<DesktopAction> WithModifiers(AnthropicActionInput p, IReadOnlyList<DesktopAction> actions)
    {
        if (p.OptionalString("text") is not { Length: > 0 } text)
        {
            return actions;
        }

        var keys = AnthropicKeyNames.ChordKeys(text.Trim(), p.Error);
        return [.. keys.Select(k => new KeyDownAction(k)), .. actions, .. keys.Reverse().Select(k => new KeyUpAction(k))];
    }
}
