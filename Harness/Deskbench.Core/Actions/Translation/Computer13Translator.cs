using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Core.Actions.Translation;

/// <summary>
/// Translates OSWorld computer_13 actions — <c>{"action_type": T, "parameters": {…}}</c>, parameters optionally at the
/// top level, or the bare strings WAIT/DONE/FAIL — into typed actions, with OSWorld's checks: coordinates within the
/// screen (X_MAX × Y_MAX, 1920 × 1080 unless given), buttons left/right/middle, <c>num_clicks</c> 1–3, key names from
/// pyautogui's KEYBOARD_KEYS. A JSON array of such actions, or the JSON text of one, is accepted too.
/// </summary>
public sealed class Computer13Translator : IActionTranslator
{
    /// <summary>OSWorld's <c>DRAG_TO</c> runs <c>pyautogui.dragTo(x, y, duration=1.0)</c>.</summary>
    public const double DragDurationSeconds = 1.0;

    /// <summary>The action types, in OSWorld's order.</summary>
    public static IReadOnlyList<string> ActionTypes { get; } =
    [
        "MOVE_TO", "CLICK", "MOUSE_DOWN", "MOUSE_UP", "RIGHT_CLICK", "DOUBLE_CLICK", "DRAG_TO", "SCROLL", "TYPING", "PRESS",
        "KEY_DOWN", "KEY_UP", "HOTKEY", "WAIT", "FAIL", "DONE",
    ];

    private readonly int _maxX;
    private readonly int _maxY;
    private readonly double _waitSeconds;

    public Computer13Translator(int screenWidth = 1920, int screenHeight = 1080, double waitSeconds = SpecialActionWords.DefaultWaitSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(screenWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(screenHeight);
        ArgumentOutOfRangeException.ThrowIfNegative(waitSeconds);
        _maxX = screenWidth;
        _maxY = screenHeight;
        _waitSeconds = waitSeconds;
    }

    public string ActionSpace => ActionSpaces.Computer13;

    public IReadOnlyList<DesktopAction> Translate(AgentAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Translate(action.Value);
    }

    private IReadOnlyList<DesktopAction> Translate(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                return TranslateObject(obj);
            case JsonArray array:
                return array.SelectMany(Translate).ToList();
            case JsonValue value when value.TryGetValue(out string? text):
                if (SpecialActionWords.TryTranslate(text, _waitSeconds) is { } special)
                {
                    return [special];
                }

                if (JsonActionText.LooksLikeJson(text))
                {
                    return Translate(JsonActionText.Parse(text, "computer_13"));
                }

                break;
        }

        throw new ActionTranslationException(
            $"computer_13: expected an {{\"action_type\": …, \"parameters\": {{…}}}} object or WAIT/DONE/FAIL, got {JsonActionText.Describe(node)}");
    }

    private IReadOnlyList<DesktopAction> TranslateObject(JsonObject obj)
    {
        if (obj["action_type"] is not JsonValue typeNode || !typeNode.TryGetValue(out string? type))
        {
            throw new ActionTranslationException(
                $"computer_13: the action has no \"action_type\" string; expected one of {string.Join(", ", ActionTypes)}; got {JsonActionText.Describe(obj)}");
        }

        var parameters = new Computer13Parameters(type, ParametersOf(obj, type));
        return type switch
        {
            "MOVE_TO" => parameters.IsEmpty ? [] : [MoveTo(parameters)],
            "CLICK" => [Click(parameters)],
            "MOUSE_DOWN" => [MouseButtonAction(parameters, down: true)],
            "MOUSE_UP" => [MouseButtonAction(parameters, down: false)],
            "RIGHT_CLICK" => [PointClick(parameters, MouseButton.Right, 1)],
            "DOUBLE_CLICK" => [PointClick(parameters, MouseButton.Left, 2)],
            "DRAG_TO" => [new DragAction(parameters.Coordinate("x", _maxX), parameters.Coordinate("y", _maxY), DurationSeconds: DragDurationSeconds)],
            "SCROLL" => Scroll(parameters),
            "TYPING" => parameters.String("text") is { Length: > 0 } text ? [new TypeTextAction(text)] : [],
            "PRESS" => [new KeyPressAction(parameters.Key(parameters.String("key")))],
            "KEY_DOWN" => [new KeyDownAction(parameters.Key(parameters.String("key")))],
            "KEY_UP" => [new KeyUpAction(parameters.Key(parameters.String("key")))],
            "HOTKEY" => [new HotkeyAction(parameters.StringList("keys").Select(parameters.Key).ToList())],
            "WAIT" => [new WaitAction(_waitSeconds)],
            "DONE" => [new DoneAction()],
            "FAIL" => [new FailAction()],
            _ => throw new ActionTranslationException(
                $"computer_13: unknown action_type '{type}'; expected one of {string.Join(", ", ActionTypes)}"),
        };
    }

    private static JsonObject ParametersOf(JsonObject obj, string type)
    {
        if (obj.TryGetPropertyValue("parameters", out var nested))
        {
            return nested switch
            {
                null => [],
                JsonObject p => p,
                _ => throw new ActionTranslationException($"computer_13 {type}: \"parameters\" must be an object, got {JsonActionText.Describe(nested)}"),
            };
        }

        var topLevel = new JsonObject();
        foreach (var (name, value) in obj)
        {
            if (name != "action_type")
            {
                topLevel[name] = value?.DeepClone();
            }
        }

        return topLevel;
    }

    private MoveAction MoveTo(Computer13Parameters p) =>
        p.OptionalPoint(_maxX, _maxY) is ({ } x, { } y) ? new MoveAction(x, y) : throw p.Error("give both 'x' and 'y'");

    private ClickAction Click(Computer13Parameters p)
    {
        var (x, y) = p.OptionalPoint(_maxX, _maxY);
        var count = p.Has("num_clicks") ? p.WholeNumber("num_clicks") : 1;
        if (count is < 1 or > 3)
        {
            throw p.Error($"'num_clicks' must be 1, 2 or 3, got {count}");
        }

        return new ClickAction(x, y, p.Button(MouseButton.Left), count);
    }

    private ClickAction PointClick(Computer13Parameters p, MouseButton button, int count)
    {
        var (x, y) = p.OptionalPoint(_maxX, _maxY);
        return new ClickAction(x, y, button, count);
    }

    private DesktopAction MouseButtonAction(Computer13Parameters p, bool down)
    {
        var (x, y) = p.OptionalPoint(_maxX, _maxY);
        var button = p.Button(MouseButton.Left);
        return down ? new MouseDownAction(x, y, button) : new MouseUpAction(x, y, button);
    }

    private static IReadOnlyList<DesktopAction> Scroll(Computer13Parameters p)
    {
        if (!p.Has("dx") && !p.Has("dy"))
        {
            throw p.Error("give 'dx' and/or 'dy' (wheel clicks; positive dy scrolls up, positive dx scrolls right)");
        }

        var dx = p.Has("dx") ? p.WholeNumber("dx") : 0;
        var dy = p.Has("dy") ? p.WholeNumber("dy") : 0;
        return dx == 0 && dy == 0 ? [] : [new ScrollAction(dx, dy)];
    }
}
