using System.Text.Json.Nodes;
using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;

namespace Deskbench.Core.Tests.Actions;

public sealed class DeskbenchActionTranslatorTests
{
    private static IReadOnlyList<DesktopAction> Translate(string json) =>
        new DeskbenchActionTranslator().Translate(new AgentAction(JsonNode.Parse(json)!));

    [Fact]
    public void Reads_one_object_a_list_and_json_text()
    {
        ActionAssert.Equal([new ClickAction(10, 20)], Translate("""{"type": "click", "x": 10, "y": 20}"""));
        ActionAssert.Equal([new TypeTextAction("a<b"), new KeyPressAction("enter")],
            Translate("""[{"type": "type_text", "text": "a<b"}, {"type": "key_press", "key": "Enter"}]"""));
        var fromText = new DeskbenchActionTranslator().Translate(AgentAction.FromCode("""[{"type":"hotkey","keys":["CTRL","s"]}]"""));
        ActionAssert.Equal([new HotkeyAction(["ctrl", "s"])], fromText);
    }

    [Fact]
    public void Round_trips_what_action_json_writes()
    {
        DesktopAction[] actions = [new DragAction(1, 2, Relative: true), new ScrollAction(0, 3, 5, 6), new WaitAction(1), new DoneAction()];
        var value = JsonNode.Parse(ActionJson.Serialize(actions));
        ActionAssert.Equal(actions, new DeskbenchActionTranslator().Translate(new AgentAction(value!)));
    }

    [Fact]
    public void Bare_words_are_special_actions()
    {
        var translator = new DeskbenchActionTranslator(waitSeconds: 1);
        ActionAssert.Equal([new WaitAction(1)], translator.Translate(AgentAction.FromCode("WAIT")));
        ActionAssert.Equal([new DoneAction()], translator.Translate(AgentAction.FromCode("DONE")));
        ActionAssert.Equal([new FailAction()], translator.Translate(AgentAction.FromCode("FAIL")));
    }

    [Theory]
    [InlineData("""{"type": "teleport"}""", "unknown or missing action \"type\"")]
    [InlineData("""{"x": 1}""", "expected one of move, click")]
    [InlineData("""{"type": "type_text"}""", "invalid \"type_text\" action")]
    [InlineData("""{"type": "click", "button": "wheel"}""", "invalid \"click\" action")]
    [InlineData("""{"type": "key_press", "key": "enterr"}""", "'enterr' is not a key name")]
    [InlineData("""[{"type": "done"}, 5]""", "item 1 of the action list is not an object")]
    [InlineData("5", "expected an action object")]
    public void Invalid_actions_are_refused_with_a_reason(string json, string expected)
    {
        var e = Assert.Throws<ActionTranslationException>(() => Translate(json));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_text_is_refused()
    {
        var e = Assert.Throws<ActionTranslationException>(() => new DeskbenchActionTranslator().Translate(AgentAction.FromCode("{\"type\": ")));
        Assert.Contains("not valid JSON", e.Message, StringComparison.Ordinal);
    }
}
