using System.Text.Json.Nodes;

namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// Translates OpenAI computer use actions (Responses API: <c>computer_use_preview</c>'s single <c>action</c> and the
/// GA <c>computer</c> tool's batched <c>actions</c>) into typed actions. Input: an action object
/// (<c>{"type": "click", "x": 10, "y": 20, "button": "left"}</c>), a whole <c>computer_call</c> output item, a list of
/// either, their JSON text, or WAIT/DONE/FAIL. Coordinates are in the pixels of the display declared to the model and
/// are mapped to the screen with <see cref="Scaling"/>. Scroll distances are pixels, turned into wheel clicks of
/// <see cref="ScrollPixelsPerClick"/> (positive <c>scroll_y</c> scrolls down). Buttons <c>back</c>/<c>forward</c>
/// become alt+left / alt+right (there is no such mouse button in the typed actions); <c>keys</c> on pointer actions
/// are held while the action runs. <c>screenshot</c> only observes and translates to no action.
/// </summary>
public sealed class OpenAiActionTranslator : IActionTranslator
{
    /// <summary>The action space name.</summary>
    public const string Space = "openai";

    /// <summary>How long a two-point drag takes.</summary>
    public const double DragDurationSeconds = 0.5;

    private readonly double _waitSeconds;

    public OpenAiActionTranslator(CoordinateScaling? scaling = null, double waitSeconds = SpecialActionWords.DefaultWaitSeconds, double scrollPixelsPerClick = 100)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(waitSeconds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scrollPixelsPerClick);
        Scaling = scaling ?? CoordinateScaling.Identity(1920, 1080);
        _waitSeconds = waitSeconds;
        ScrollPixelsPerClick = scrollPixelsPerClick;
    }

    /// <summary>Every action type of the tool.</summary>
    public static IReadOnlyList<string> ActionTypes { get; } = ["click", "double_click", "drag", "move", "scroll", "type", "keypress", "screenshot", "wait"];

    public string ActionSpace => Space;

    public CoordinateScaling Scaling { get; }

    /// <summary>Screen pixels per wheel click when turning OpenAI's pixel scroll distances into clicks.</summary>
    public double ScrollPixelsPerClick { get; }

    public IReadOnlyList<DesktopAction> Translate(AgentAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Translate(action.Value);
    }

    /// <summary>The actions of a <c>computer_call</c> item (its <c>action</c>, or each of its <c>actions</c>); an action object is returned as itself.</summary>
    public static IReadOnlyList<JsonObject> ActionsOf(JsonObject node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (TypeOf(node) != "computer_call")
        {
            return [node];
        }

        return node["actions"] is JsonArray batch
            ? batch.Select((a, i) => a as JsonObject ?? throw new ActionTranslationException($"openai: actions[{i}] of the computer_call is not an object")).ToList()
            : node["action"] is JsonObject single
                ? [single]
                : throw new ActionTranslationException($"openai: the computer_call has neither \"action\" nor \"actions\": {JsonActionText.Describe(node)}");
    }

    /// <summary>Translates one action object.</summary>
    public IReadOnlyList<DesktopAction> TranslateAction(JsonObject action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var type = TypeOf(action) ?? throw new ActionTranslationException(
            $"openai: the action has no \"type\" string; expected one of {string.Join(", ", ActionTypes)}; got {JsonActionText.Describe(action)}");
        var f = new OpenAiActionFields(type, action, Scaling);
        return type switch
        {
            "click" => Click(f),
            "double_click" => Held(f, [Click(f.Point(), MouseButton.Left, 2)]),
            "drag" => Held(f, Drag(f.Path())),
            "move" => Held(f, [Move(f.Point())]),
            "scroll" => Scroll(f),
            "type" => f.String("text") is { Length: > 0 } text ? [new TypeTextAction(text)] : [],
            "keypress" => f.Keys("keys", required: true) is [var key] ? [new KeyPressAction(key)] : [new HotkeyAction(f.Keys("keys", required: true)!)],
            "screenshot" => [],
            "wait" => [new WaitAction(f.Has("ms") ? f.Number("ms") / 1000 : _waitSeconds)],
            _ => throw new ActionTranslationException($"openai: unknown action type '{type}'; expected one of {string.Join(", ", ActionTypes)}"),
        };
    }

    private IReadOnlyList<DesktopAction> Translate(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                return array.SelectMany(Translate).ToList();
            case JsonObject obj:
                return ActionsOf(obj).SelectMany(TranslateAction).ToList();
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
            $"openai: expected a computer action such as {{\"type\": \"click\", \"x\": 100, \"y\": 200, \"button\": \"left\"}}, a computer_call item, a list of them, or WAIT/DONE/FAIL; got {JsonActionText.Describe(node)}");
    }

    private static string? TypeOf(JsonObject node) => node["type"] is JsonValue v && v.TryGetValue(out string? type) ? type : null;

    private static IReadOnlyList<DesktopAction> Click(OpenAiActionFields f)
    {
        var button = f.Has("button") ? f.String("button") : "left";
        var point = f.Point();
        return button switch
        {
            "left" => Held(f, [Click(point, MouseButton.Left, 1)]),
            "right" => Held(f, [Click(point, MouseButton.Right, 1)]),
            "wheel" or "middle" => Held(f, [Click(point, MouseButton.Middle, 1)]),
            "back" => [Move(point), new HotkeyAction(["alt", "left"])],
            "forward" => [Move(point), new HotkeyAction(["alt", "right"])],
            _ => throw f.Error($"'button' must be one of left, right, wheel, back, forward, got '{button}'"),
        };
    }

    private static ClickAction Click((int X, int Y) p, MouseButton button, int count) => new(p.X, p.Y, button, count);

    private static MoveAction Move((int X, int Y) p) => new(p.X, p.Y);

    private static IReadOnlyList<DesktopAction> Drag(IReadOnlyList<(int X, int Y)> path)
    {
        if (path.Count == 2)
        {
            return [new DragAction(path[1].X, path[1].Y, FromX: path[0].X, FromY: path[0].Y, DurationSeconds: DragDurationSeconds)];
        }

        return [new MoveAction(path[0].X, path[0].Y), new MouseDownAction(), .. path.Skip(1).Select(Move), new MouseUpAction()];
    }

    private IReadOnlyList<DesktopAction> Scroll(OpenAiActionFields f)
    {
        var point = f.Point();
        var dx = Clicks(Scaling.LengthToScreen(f.OptionalNumber("scroll_x"), horizontal: true));
        var dy = -Clicks(Scaling.LengthToScreen(f.OptionalNumber("scroll_y"), horizontal: false));
        return dx == 0 && dy == 0 ? [Move(point)] : Held(f, [new ScrollAction(dx, dy, point.X, point.Y)]);
    }

    /// <summary>Whole wheel clicks for a pixel distance; any non-zero distance scrolls at least one click.</summary>
    private int Clicks(double pixels)
    {
        if (pixels == 0)
        {
            return 0;
        }

        var clicks = (int)Math.Round(pixels / ScrollPixelsPerClick, MidpointRounding.AwayFromZero);
        return clicks != 0 ? clicks : Math.Sign(pixels);
    }

    private static IReadOnlyList<DesktopAction> Held(OpenAiActionFields f, IReadOnlyList<DesktopAction> actions) =>
        f.Keys("keys", required: false) is { Count: > 0 } keys
            ? [.. keys.Select(k => new KeyDownAction(k)), .. actions, .. keys.Reverse().Select(k => new KeyUpAction(k))]
            : actions;
}
