using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;

namespace Deskbench.Core.Tests.Actions;

public sealed class Computer13TranslatorTests
{
    private static IReadOnlyList<DesktopAction> Translate(string json, Computer13Translator? translator = null) =>
        (translator ?? new Computer13Translator()).Translate(new AgentAction(JsonNode.Parse(json)!));

    private static void Expect(string json, params DesktopAction[] expected) => ActionAssert.Equal(expected, Translate(json));

    private static string Error(string json, Computer13Translator? translator = null) =>
        Assert.Throws<ActionTranslationException>(() => Translate(json, translator)).Message;

    [Fact]
    public void Move_to()
    {
        Expect("""{"action_type": "MOVE_TO", "parameters": {"x": 100, "y": 200}}""", new MoveAction(100, 200));
        Expect("""{"action_type": "MOVE_TO", "x": 100.7, "y": 200}""", new MoveAction(100, 200));
        Expect("""{"action_type": "MOVE_TO", "parameters": {}}""");
    }

    [Fact]
    public void Click_forms()
    {
        Expect("""{"action_type": "CLICK", "parameters": {}}""", new ClickAction());
        Expect("""{"action_type": "CLICK"}""", new ClickAction());
        Expect("""{"action_type": "CLICK", "parameters": {"button": "right", "x": 10, "y": 20, "num_clicks": 2}}""",
            new ClickAction(10, 20, MouseButton.Right, 2));
        Expect("""{"action_type": "CLICK", "parameters": {"button": "middle"}}""", new ClickAction(null, null, MouseButton.Middle));
        Expect("""{"action_type": "CLICK", "parameters": {"x": 1920, "y": 1080, "num_clicks": 3}}""", new ClickAction(1920, 1080, MouseButton.Left, 3));
        Expect("""{"action_type": "CLICK", "x": "15", "y": "25"}""", new ClickAction(15, 25));
    }

    [Fact]
    public void Mouse_buttons_and_click_variants()
    {
        Expect("""{"action_type": "MOUSE_DOWN", "parameters": {}}""", new MouseDownAction());
        Expect("""{"action_type": "MOUSE_DOWN", "parameters": {"button": "right"}}""", new MouseDownAction(null, null, MouseButton.Right));
        Expect("""{"action_type": "MOUSE_UP", "parameters": {"button": "left"}}""", new MouseUpAction());
        Expect("""{"action_type": "RIGHT_CLICK", "parameters": {"x": 5, "y": 6}}""", new ClickAction(5, 6, MouseButton.Right));
        Expect("""{"action_type": "RIGHT_CLICK"}""", new ClickAction(null, null, MouseButton.Right));
        Expect("""{"action_type": "DOUBLE_CLICK", "parameters": {"x": 5, "y": 6}}""", new ClickAction(5, 6, MouseButton.Left, 2));
        Expect("""{"action_type": "DOUBLE_CLICK"}""", new ClickAction(null, null, MouseButton.Left, 2));
    }

    [Fact]
    public void Drag_and_scroll()
    {
        Expect("""{"action_type": "DRAG_TO", "parameters": {"x": 300, "y": 400}}""",
            new DragAction(300, 400, DurationSeconds: Computer13Translator.DragDurationSeconds));
        Expect("""{"action_type": "SCROLL", "parameters": {"dx": 0, "dy": -3}}""", new ScrollAction(0, -3));
        Expect("""{"action_type": "SCROLL", "parameters": {"dy": 5}}""", new ScrollAction(0, 5));
        Expect("""{"action_type": "SCROLL", "parameters": {"dx": 2}}""", new ScrollAction(2, 0));
        Expect("""{"action_type": "SCROLL", "dx": 2, "dy": 1}""", new ScrollAction(2, 1));
    }

    [Fact]
    public void Keyboard_actions()
    {
        Expect("""{"action_type": "TYPING", "parameters": {"text": "a<b>c \"quoted\"\n"}}""", new TypeTextAction("a<b>c \"quoted\"\n"));
        Expect("""{"action_type": "PRESS", "parameters": {"key": "enter"}}""", new KeyPressAction("enter"));
        Expect("""{"action_type": "PRESS", "parameters": {"key": "Enter"}}""", new KeyPressAction("enter"));
        Expect("""{"action_type": "PRESS", "parameters": {"key": "<"}}""", new KeyPressAction("<"));
        Expect("""{"action_type": "PRESS", "key": "A"}""", new KeyPressAction("A"));
        Expect("""{"action_type": "KEY_DOWN", "parameters": {"key": "shift"}}""", new KeyDownAction("shift"));
        Expect("""{"action_type": "KEY_UP", "parameters": {"key": "shift"}}""", new KeyUpAction("shift"));
        Expect("""{"action_type": "HOTKEY", "parameters": {"keys": ["ctrl", "shift", "t"]}}""", new HotkeyAction(["ctrl", "shift", "t"]));
    }

    [Fact]
    public void Special_actions_as_objects_and_bare_strings()
    {
        Expect("""{"action_type": "WAIT"}""", new WaitAction(SpecialActionWords.DefaultWaitSeconds));
        Expect("""{"action_type": "DONE"}""", new DoneAction());
        Expect("""{"action_type": "FAIL", "parameters": {}}""", new FailAction());
        Expect("\"WAIT\"", new WaitAction(SpecialActionWords.DefaultWaitSeconds));
        Expect("\" DONE \"", new DoneAction());
        Expect("\"FAIL\"", new FailAction());
        ActionAssert.Equal([new WaitAction(0.5)], new Computer13Translator(waitSeconds: 0.5).Translate(AgentAction.FromCode("WAIT")));
    }

    [Fact]
    public void Json_text_and_arrays_are_accepted()
    {
        var translator = new Computer13Translator();
        ActionAssert.Equal([new ClickAction(1, 2)],
            translator.Translate(AgentAction.FromCode("""{"action_type": "CLICK", "parameters": {"x": 1, "y": 2}}""")));
        Expect("""[{"action_type": "CLICK", "x": 1, "y": 2}, {"action_type": "TYPING", "text": "hi"}]""",
            new ClickAction(1, 2), new TypeTextAction("hi"));
    }

    [Theory]
    [InlineData("""{"action_type": "CLICK", "parameters": {"x": 1921, "y": 10}}""", "'x' must be between 0 and 1920")]
    [InlineData("""{"action_type": "CLICK", "parameters": {"x": 10, "y": -1}}""", "'y' must be between 0 and 1080")]
    [InlineData("""{"action_type": "MOVE_TO", "parameters": {"x": 10}}""", "give both 'x' and 'y'")]
    [InlineData("""{"action_type": "CLICK", "parameters": {"y": 10}}""", "give both 'x' and 'y', or neither")]
    [InlineData("""{"action_type": "CLICK", "parameters": {"x": "left", "y": 10}}""", "'x' must be a number")]
    [InlineData("""{"action_type": "CLICK", "parameters": {"num_clicks": 4}}""", "'num_clicks' must be 1, 2 or 3")]
    [InlineData("""{"action_type": "CLICK", "parameters": {"button": "wheel"}}""", "'button' must be one of 'left', 'right', 'middle'")]
    [InlineData("""{"action_type": "DRAG_TO", "parameters": {"x": 10}}""", "missing required parameter 'y'")]
    [InlineData("""{"action_type": "SCROLL", "parameters": {}}""", "give 'dx' and/or 'dy'")]
    [InlineData("""{"action_type": "SCROLL", "parameters": {"dy": 1.5}}""", "'dy' must be a whole number")]
    [InlineData("""{"action_type": "TYPING", "parameters": {}}""", "'text' must be a string")]
    [InlineData("""{"action_type": "TYPING", "parameters": {"text": 5}}""", "'text' must be a string")]
    [InlineData("""{"action_type": "PRESS", "parameters": {"key": "enterr"}}""", "'enterr' is not a key name")]
    [InlineData("""{"action_type": "KEY_DOWN", "parameters": {"key": "control"}}""", "'control' is not a key name")]
    [InlineData("""{"action_type": "HOTKEY", "parameters": {"keys": "ctrl+c"}}""", "'keys' must be a list")]
    [InlineData("""{"action_type": "HOTKEY", "parameters": {"keys": ["ctrl", "cc"]}}""", "'cc' is not a key name")]
    [InlineData("""{"action_type": "JUMP"}""", "unknown action_type 'JUMP'; expected one of MOVE_TO, CLICK")]
    [InlineData("""{"parameters": {}}""", "no \"action_type\"")]
    [InlineData("""{"action_type": "CLICK", "parameters": [1, 2]}""", "\"parameters\" must be an object")]
    [InlineData("\"pyautogui.click()\"", "expected an {\"action_type\"")]
    [InlineData("42", "expected an {\"action_type\"")]
    public void Invalid_actions_say_what_is_wrong(string json, string expected)
    {
        var message = Error(json);
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.StartsWith("computer_13", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_size_sets_the_coordinate_range()
    {
        var small = new Computer13Translator(1280, 720);
        Assert.Contains("between 0 and 1280", Error("""{"action_type": "CLICK", "x": 1500, "y": 10}""", small), StringComparison.Ordinal);
        ActionAssert.Equal([new ClickAction(1280, 720)],
            small.Translate(new AgentAction(JsonNode.Parse("""{"action_type": "CLICK", "x": 1280, "y": 720}""")!)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Computer13Translator(0, 720));
    }

    [Fact]
    public void Action_space_name() => Assert.Equal("computer_13", new Computer13Translator().ActionSpace);
}
