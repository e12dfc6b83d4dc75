using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Tests.Actions;

namespace Deskbench.Core.Tests.Translation.Vendor;

public sealed class AnthropicActionTranslatorTests
{
    private static readonly AnthropicActionTranslator Full = new(CoordinateScaling.Identity(1920, 1080));

    private static IReadOnlyList<DesktopAction> T(string json, AnthropicActionTranslator? translator = null) =>
        (translator ?? Full).Translate(new AgentAction(JsonNode.Parse(json)!));

    private static string Error(string json, AnthropicActionTranslator? translator = null) =>
        Assert.Throws<ActionTranslationException>(() => T(json, translator)).Message;

    [Fact]
    public void Observation_actions_translate_to_nothing()
    {
        Assert.Empty(T("""{"action":"screenshot"}"""));
        Assert.Empty(T("""{"action":"cursor_position"}"""));
        Assert.Empty(T("""{"action":"zoom","region":[0,0,400,300]}"""));
    }

    [Fact]
    public void Pointer_actions()
    {
        ActionAssert.Equal([new MoveAction(100, 200)], T("""{"action":"mouse_move","coordinate":[100,200]}"""));
        ActionAssert.Equal([new ClickAction(10, 20)], T("""{"action":"left_click","coordinate":[10,20]}"""));
        ActionAssert.Equal([new ClickAction()], T("""{"action":"left_click"}"""));
        ActionAssert.Equal([new ClickAction(10, 20, MouseButton.Right)], T("""{"action":"right_click","coordinate":[10,20]}"""));
        ActionAssert.Equal([new ClickAction(10, 20, MouseButton.Middle)], T("""{"action":"middle_click","coordinate":[10,20]}"""));
        ActionAssert.Equal([new ClickAction(10, 20, Count: 2)], T("""{"action":"double_click","coordinate":[10,20]}"""));
        ActionAssert.Equal([new ClickAction(10, 20, Count: 3)], T("""{"action":"triple_click","coordinate":[10,20]}"""));
        ActionAssert.Equal([new MouseDownAction()], T("""{"action":"left_mouse_down"}"""));
        ActionAssert.Equal([new MouseUpAction()], T("""{"action":"left_mouse_up"}"""));
    }

    [Fact]
    public void Drag_with_and_without_start()
    {
        ActionAssert.Equal(
            [new DragAction(300, 400, FromX: 10, FromY: 20, DurationSeconds: AnthropicActionTranslator.DragDurationSeconds)],
            T("""{"action":"left_click_drag","start_coordinate":[10,20],"coordinate":[300,400]}"""));
        ActionAssert.Equal(
            [new DragAction(300, 400, DurationSeconds: AnthropicActionTranslator.DragDurationSeconds)],
            T("""{"action":"left_click_drag","coordinate":[300,400]}"""));
    }

    [Fact]
    public void Click_with_modifier_keys_holds_them()
    {
        ActionAssert.Equal(
            [new KeyDownAction("shift"), new KeyDownAction("ctrl"), new ClickAction(5, 6), new KeyUpAction("ctrl"), new KeyUpAction("shift")],
            T("""{"action":"left_click","coordinate":[5,6],"text":"shift+ctrl"}"""));
    }

    [Fact]
    public void Keyboard_actions()
    {
        ActionAssert.Equal([new TypeTextAction("Hello, <world>!")], T("""{"action":"type","text":"Hello, <world>!"}"""));
        ActionAssert.Equal([new KeyPressAction("enter")], T("""{"action":"key","text":"Return"}"""));
        ActionAssert.Equal([new HotkeyAction(["ctrl", "s"])], T("""{"action":"key","text":"ctrl+s"}"""));
        ActionAssert.Equal([new HotkeyAction(["alt", "tab"])], T("""{"action":"key","text":"alt+Tab"}"""));
        ActionAssert.Equal([new KeyPressAction("num0")], T("""{"action":"key","text":"KP_0"}"""));
        ActionAssert.Equal([new KeyPressAction("pagedown")], T("""{"action":"key","text":"Page_Down"}"""));
        ActionAssert.Equal([new HotkeyAction(["win", "l"])], T("""{"action":"key","text":"super+l"}"""));
        ActionAssert.Equal([new HotkeyAction(["ctrl", "a"]), new KeyPressAction("delete")], T("""{"action":"key","text":"ctrl+a Delete"}"""));
        ActionAssert.Equal([new HotkeyAction(["ctrl", "+"])], T("""{"action":"key","text":"ctrl++"}"""));
        ActionAssert.Equal(
            [new KeyDownAction("shift"), new WaitAction(1.5), new KeyUpAction("shift")],
            T("""{"action":"hold_key","text":"shift","duration":1.5}"""));
    }

    [Fact]
    public void Scroll_directions_and_wait()
    {
        ActionAssert.Equal([new ScrollAction(0, 3, 50, 60)], T("""{"action":"scroll","coordinate":[50,60],"scroll_direction":"up","scroll_amount":3}"""));
        ActionAssert.Equal([new ScrollAction(0, -5)], T("""{"action":"scroll","scroll_direction":"down","scroll_amount":5}"""));
        ActionAssert.Equal([new ScrollAction(-2, 0)], T("""{"action":"scroll","scroll_direction":"left","scroll_amount":2}"""));
        ActionAssert.Equal([new ScrollAction(2, 0)], T("""{"action":"scroll","scroll_direction":"right","scroll_amount":2}"""));
        ActionAssert.Equal(
            [new KeyDownAction("ctrl"), new ScrollAction(0, 1, 5, 5), new KeyUpAction("ctrl")],
            T("""{"action":"scroll","coordinate":[5,5],"scroll_direction":"up","scroll_amount":1,"text":"ctrl"}"""));
        ActionAssert.Equal([new WaitAction(2.5)], T("""{"action":"wait","duration":2.5}"""));
    }

    [Fact]
    public void Every_listed_action_type_is_translated()
    {
        foreach (var type in AnthropicActionTranslator.ActionTypes)
        {
            var e = Record.Exception(() => T($$"""{"action":"{{type}}","coordinate":[1,1],"start_coordinate":[2,2],"text":"a","duration":0,"scroll_direction":"up","scroll_amount":1,"region":[0,0,10,10]}"""));
            Assert.True(e is null, $"{type}: {e?.Message}");
        }
    }

    [Fact]
    public void Tool_use_blocks_lists_json_text_and_special_words()
    {
        ActionAssert.Equal([new ClickAction(1, 2)], T("""{"type":"tool_use","id":"toolu_1","name":"computer","input":{"action":"left_click","coordinate":[1,2]}}"""));
        ActionAssert.Equal([new ClickAction(1, 2), new TypeTextAction("x")], T("""[{"action":"left_click","coordinate":[1,2]},{"action":"type","text":"x"}]"""));
        ActionAssert.Equal([new ClickAction(1, 2)], Full.Translate(AgentAction.FromCode("""{"action":"left_click","coordinate":[1,2]}""")));
        ActionAssert.Equal([new DoneAction()], Full.Translate(AgentAction.FromCode("DONE")));
        ActionAssert.Equal([new FailAction()], Full.Translate(AgentAction.FromCode("FAIL")));
    }

    [Fact]
    public void Malformed_input_gives_clear_errors()
    {
        Assert.Contains("unknown action 'fly'", Error("""{"action":"fly"}"""), StringComparison.Ordinal);
        Assert.Contains("no \"action\"", Error("""{"coordinate":[1,2]}"""), StringComparison.Ordinal);
        Assert.Contains("missing required field 'coordinate'", Error("""{"action":"mouse_move"}"""), StringComparison.Ordinal);
        Assert.Contains("missing required field 'text'", Error("""{"action":"type"}"""), StringComparison.Ordinal);
        Assert.Contains("'coordinate' must be a list of 2 numbers", Error("""{"action":"left_click","coordinate":[1]}"""), StringComparison.Ordinal);
        Assert.Contains("outside the 1920x1080 display", Error("""{"action":"left_click","coordinate":[2000,10]}"""), StringComparison.Ordinal);
        Assert.Contains("'Foo' is not a key name", Error("""{"action":"key","text":"ctrl+Foo"}"""), StringComparison.Ordinal);
        Assert.Contains("scroll_direction", Error("""{"action":"scroll","scroll_direction":"sideways","scroll_amount":1}"""), StringComparison.Ordinal);
        Assert.Contains("'duration' must be between 0 and 100", Error("""{"action":"wait","duration":500}"""), StringComparison.Ordinal);
        Assert.Contains("x1 > x0", Error("""{"action":"zoom","region":[100,100,50,50]}"""), StringComparison.Ordinal);
        Assert.Contains("missing required field 'region'", Error("""{"action":"zoom"}"""), StringComparison.Ordinal);
        Assert.StartsWith("anthropic", Error("42"), StringComparison.Ordinal);
    }

    [Fact]
    public void Scaled_display_maps_clicks_to_full_size_pixels()
    {
        var scaling = CoordinateScaling.ForAnthropic(1920, 1080);
        Assert.Equal((1429, 804), (scaling.ModelWidth, scaling.ModelHeight));
        var translator = new AnthropicActionTranslator(scaling);

        // A button drawn at screen pixels (1500..1540, 900..930) appears on the model's image around (1118..1146, 670..692).
        var (mx, my) = scaling.ToModel(1520, 915);
        var click = Assert.IsType<ClickAction>(Assert.Single(T($$"""{"action":"left_click","coordinate":[{{mx}},{{my}}]}""", translator)));
        Assert.InRange(click.X!.Value, 1500, 1540);
        Assert.InRange(click.Y!.Value, 900, 930);
        Assert.InRange(Math.Abs(click.X.Value - 1520), 0, 1);
        Assert.InRange(Math.Abs(click.Y.Value - 915), 0, 1);

        // The model's corner pixels land on the screen's corners.
        Assert.Equal(new ClickAction(1919, 1079), Assert.Single(T("""{"action":"left_click","coordinate":[1428,803]}""", translator)));
        Assert.Equal(new ClickAction(0, 0), Assert.Single(T("""{"action":"left_click","coordinate":[0,0]}""", translator)));
        Assert.Contains("outside the 1429x804 display", Error("""{"action":"left_click","coordinate":[1500,10]}""", translator), StringComparison.Ordinal);

        // zoom regions are given back in full-resolution pixels.
        var region = translator.ZoomRegion(new JsonObject { ["region"] = new JsonArray(0, 0, 714, 402) });
        Assert.Equal((0, 0), (region.X0, region.Y0));
        Assert.InRange(region.X1, 958, 962);
        Assert.InRange(region.Y1, 538, 542);
    }
}
