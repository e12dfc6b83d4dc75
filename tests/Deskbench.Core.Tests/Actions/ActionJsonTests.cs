using System.Text.Json;
using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;

namespace Deskbench.Core.Tests.Actions;

public sealed class ActionJsonTests
{
    public static TheoryData<DesktopAction> EveryActionType =>
    [
        new MoveAction(10, 20),
        new MoveAction(-5, 7, Relative: true),
        new ClickAction(),
        new ClickAction(100, 200, MouseButton.Right, 2, 0.25),
        new ClickAction(null, 5, MouseButton.Middle),
        new MouseDownAction(),
        new MouseDownAction(1, 2, MouseButton.Right),
        new MouseUpAction(3, 4, MouseButton.Middle),
        new DragAction(300, 400),
        new DragAction(30, -40, MouseButton.Right, Relative: true, FromX: 1, FromY: 2, DurationSeconds: 1.5),
        new ScrollAction(0, -3),
        new ScrollAction(2, 1, 100, 200),
        new TypeTextAction("a<b>c \"q\" é\n", 0.05),
        new KeyPressAction("<"),
        new KeyPressAction("down", 11, 0.1),
        new KeyDownAction("shift"),
        new KeyUpAction("shift"),
        new HotkeyAction(["ctrl", "shift", "t"]),
        new WaitAction(0.5),
        new DoneAction(),
        new FailAction(),
    ];

    [Theory]
    [MemberData(nameof(EveryActionType))]
    public void Every_action_type_round_trips(DesktopAction action)
    {
        var json = ActionJson.Serialize(action);
        var back = ActionJson.Deserialize(json);
        ActionAssert.Equal([action], [back]);

        var list = ActionJson.DeserializeList(ActionJson.Serialize([action, action]));
        ActionAssert.Equal([action, action], list);
    }

    [Fact]
    public void Every_declared_type_is_covered_by_the_round_trip()
    {
        var covered = EveryActionType.Select(row => row.Data.GetType()).ToHashSet();
        Assert.Equal(ActionJson.Discriminators.Values.ToHashSet(), covered);
        Assert.Equal(14, ActionJson.Discriminators.Count);
    }

    [Fact]
    public void Wire_format_is_camel_case_with_type_first_and_lower_case_buttons()
    {
        var json = ActionJson.Serialize(new ClickAction(10, null, MouseButton.Right, 2, 0.5));
        Assert.Equal("""{"type":"click","x":10,"button":"right","count":2,"intervalSeconds":0.5}""", json);
        Assert.Equal("""{"type":"hotkey","keys":["ctrl","c"]}""", ActionJson.Serialize(new HotkeyAction(["ctrl", "c"])));
        Assert.Equal("""[{"type":"key_press","key":"enter","presses":1,"intervalSeconds":0},{"type":"done"}]""",
            ActionJson.Serialize([new KeyPressAction("enter"), new DoneAction()]));
    }

    [Fact]
    public void Reading_is_lenient_about_order_case_and_defaults()
    {
        Assert.Equal(new ClickAction(1, 2, MouseButton.Right), ActionJson.Deserialize("""{"x":1,"Y":2,"button":"Right","type":"click"}"""));
        Assert.Equal(new ScrollAction(0, -5), ActionJson.Deserialize("""{"type":"scroll","dx":0,"dy":-5}"""));
        Assert.Equal(new KeyPressAction("a"), ActionJson.Deserialize("""{"type":"key_press","key":"a"}"""));
    }

    [Theory]
    [InlineData("""{"type":"teleport","x":1}""")]
    [InlineData("""{"x":1,"y":2}""")]
    [InlineData("""{"type":"type_text"}""")]
    [InlineData("""{"type":"move","x":"far","y":2}""")]
    [InlineData("""{"type":"click","button":"wheel"}""")]
    public void Invalid_json_is_rejected(string json) =>
        Assert.ThrowsAny<Exception>(() => ActionJson.Deserialize(json));

    [Fact]
    public void Options_are_frozen() =>
        Assert.Throws<InvalidOperationException>(() => ActionJson.Options.WriteIndented = true);

    [Fact]
    public void Options_work_with_the_plain_serializer()
    {
        var json = JsonSerializer.Serialize<DesktopAction[]>([new WaitAction(1)], ActionJson.Options);
        Assert.Equal("""[{"type":"wait","seconds":1}]""", json);
    }
}
