using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Tests.Actions;

namespace Deskbench.Core.Tests.Translation.Vendor;

public sealed class OpenAiActionTranslatorTests
{
    private static readonly OpenAiActionTranslator Full = new(CoordinateScaling.Identity(1920, 1080));

    private static IReadOnlyList<DesktopAction> T(string json, OpenAiActionTranslator? translator = null) =>
        (translator ?? Full).Translate(new AgentAction(JsonNode.Parse(json)!));

    private static string Error(string json) => Assert.Throws<ActionTranslationException>(() => T(json)).Message;

    [Fact]
    public void Clicks_with_every_button()
    {
        ActionAssert.Equal([new ClickAction(10, 20)], T("""{"type":"click","x":10,"y":20,"button":"left"}"""));
        ActionAssert.Equal([new ClickAction(10, 20)], T("""{"type":"click","x":10,"y":20}"""));
        ActionAssert.Equal([new ClickAction(10, 20, MouseButton.Right)], T("""{"type":"click","x":10,"y":20,"button":"right"}"""));
        ActionAssert.Equal([new ClickAction(10, 20, MouseButton.Middle)], T("""{"type":"click","x":10,"y":20,"button":"wheel"}"""));
        ActionAssert.Equal([new MoveAction(10, 20), new HotkeyAction(["alt", "left"])], T("""{"type":"click","x":10,"y":20,"button":"back"}"""));
        ActionAssert.Equal([new MoveAction(10, 20), new HotkeyAction(["alt", "right"])], T("""{"type":"click","x":10,"y":20,"button":"forward"}"""));
        ActionAssert.Equal([new ClickAction(10, 20, Count: 2)], T("""{"type":"double_click","x":10,"y":20}"""));
        ActionAssert.Equal([new MoveAction(10, 20)], T("""{"type":"move","x":10,"y":20}"""));
    }

    [Fact]
    public void Held_keys_wrap_pointer_actions()
    {
        ActionAssert.Equal(
            [new KeyDownAction("ctrl"), new ClickAction(10, 20), new KeyUpAction("ctrl")],
            T("""{"type":"click","x":10,"y":20,"button":"left","keys":["CTRL"]}"""));
    }

    [Fact]
    public void Drag_paths()
    {
        ActionAssert.Equal(
            [new DragAction(300, 400, FromX: 10, FromY: 20, DurationSeconds: OpenAiActionTranslator.DragDurationSeconds)],
            T("""{"type":"drag","path":[{"x":10,"y":20},{"x":300,"y":400}]}"""));
        ActionAssert.Equal(
            [new MoveAction(1, 1), new MouseDownAction(), new MoveAction(50, 60), new MoveAction(70, 80), new MouseUpAction()],
            T("""{"type":"drag","path":[{"x":1,"y":1},{"x":50,"y":60},{"x":70,"y":80}]}"""));
    }

    [Fact]
    public void Scroll_pixels_become_wheel_clicks_with_openai_signs()
    {
        ActionAssert.Equal([new ScrollAction(0, -3, 500, 400)], T("""{"type":"scroll","x":500,"y":400,"scroll_x":0,"scroll_y":300}"""));
        ActionAssert.Equal([new ScrollAction(0, 1, 500, 400)], T("""{"type":"scroll","x":500,"y":400,"scroll_x":0,"scroll_y":-40}"""));
        ActionAssert.Equal([new ScrollAction(2, 0, 5, 5)], T("""{"type":"scroll","x":5,"y":5,"scroll_x":200,"scroll_y":0}"""));
        ActionAssert.Equal([new MoveAction(5, 5)], T("""{"type":"scroll","x":5,"y":5,"scroll_x":0,"scroll_y":0}"""));
    }

    [Fact]
    public void Keyboard_screenshot_and_wait()
    {
        ActionAssert.Equal([new TypeTextAction("hello world")], T("""{"type":"type","text":"hello world"}"""));
        ActionAssert.Equal([new HotkeyAction(["ctrl", "s"])], T("""{"type":"keypress","keys":["CTRL","S"]}"""));
        ActionAssert.Equal([new KeyPressAction("enter")], T("""{"type":"keypress","keys":["ENTER"]}"""));
        ActionAssert.Equal([new KeyPressAction("left")], T("""{"type":"keypress","keys":["ARROWLEFT"]}"""));
        ActionAssert.Equal([new HotkeyAction(["win", "space"])], T("""{"type":"keypress","keys":["CMD","SPACE"]}"""));
        Assert.Empty(T("""{"type":"screenshot"}"""));
        ActionAssert.Equal([new WaitAction(2)], T("""{"type":"wait"}"""));
    }

    [Fact]
    public void Computer_call_items_single_and_batched()
    {
        ActionAssert.Equal([new ClickAction(1, 2)], T("""
            {"type":"computer_call","id":"cu_1","call_id":"call_1","action":{"type":"click","x":1,"y":2,"button":"left"},"pending_safety_checks":[],"status":"completed"}
            """));
        ActionAssert.Equal([new ClickAction(1, 2), new TypeTextAction("hi"), new KeyPressAction("enter")], T("""
            {"type":"computer_call","call_id":"call_2","actions":[{"type":"click","x":1,"y":2,"button":"left"},{"type":"type","text":"hi"},{"type":"keypress","keys":["ENTER"]}]}
            """));
        ActionAssert.Equal([new DoneAction()], Full.Translate(AgentAction.FromCode("DONE")));
    }

    [Fact]
    public void Every_listed_action_type_is_translated()
    {
        foreach (var type in OpenAiActionTranslator.ActionTypes)
        {
            var e = Record.Exception(() => T($$"""{"type":"{{type}}","x":1,"y":1,"path":[{"x":1,"y":1},{"x":2,"y":2}],"text":"a","keys":["A"],"scroll_x":0,"scroll_y":100}"""));
            Assert.True(e is null, $"{type}: {e?.Message}");
        }
    }

    [Fact]
    public void Malformed_input_gives_clear_errors()
    {
        Assert.Contains("unknown action type 'teleport'", Error("""{"type":"teleport"}"""), StringComparison.Ordinal);
        Assert.Contains("no \"type\"", Error("""{"x":1}"""), StringComparison.Ordinal);
        Assert.Contains("missing required field 'x'", Error("""{"type":"click","y":1}"""), StringComparison.Ordinal);
        Assert.Contains("'button' must be one of", Error("""{"type":"click","x":1,"y":1,"button":"thumb"}"""), StringComparison.Ordinal);
        Assert.Contains("at least 2", Error("""{"type":"drag","path":[{"x":1,"y":1}]}"""), StringComparison.Ordinal);
        Assert.Contains("'HYPER' is not a key name", Error("""{"type":"keypress","keys":["HYPER"]}"""), StringComparison.Ordinal);
        Assert.Contains("outside the 1920x1080 display", Error("""{"type":"move","x":-5,"y":1}"""), StringComparison.Ordinal);
        Assert.Contains("neither \"action\" nor \"actions\"", Error("""{"type":"computer_call","call_id":"c"}"""), StringComparison.Ordinal);
    }

    [Fact]
    public void Scaled_display_maps_to_full_size_pixels_and_scales_scroll_distance()
    {
        var translator = new OpenAiActionTranslator(new CoordinateScaling(1920, 1080, 1280, 720));
        ActionAssert.Equal([new ClickAction(960, 540)], T("""{"type":"click","x":640,"y":360}""", translator));
        // 200 model pixels = 300 screen pixels = 3 clicks of 100.
        ActionAssert.Equal([new ScrollAction(0, -3, 960, 540)], T("""{"type":"scroll","x":640,"y":360,"scroll_x":0,"scroll_y":200}""", translator));
    }
}
