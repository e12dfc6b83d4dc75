using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Observations;

namespace Deskbench.Core.Tests.Observations;

public sealed class SetOfMarksTests
{
    private static readonly SetOfMarks Marks = SetOfMarks.FromDrawn(
    [
        new MarkCandidate("push-button", "Save", "\"\"", 10, 40, 60, 24),
        new MarkCandidate("menu", "File", "\"\"", 0, 20, 41, 21),
        new MarkCandidate("entry", "Search", "abc", 600, 40, 150, 24),
    ]);

    [Fact]
    public void Marks_are_numbered_from_one_with_an_index_table()
    {
        Assert.Equal([1, 2, 3], Marks.Marks.Select(m => m.Index));
        Assert.Equal(
            "index\ttag\tname\ttext\n1\tpush-button\tSave\t\"\"\n2\tmenu\tFile\t\"\"\n3\tentry\tSearch\tabc",
            Marks.Table);
    }

    [Fact]
    public void Centres_use_floor_division_like_osworld()
    {
        Assert.Equal((40, 52), Marks.Marks[0].Center);
        Assert.Equal((20, 30), Marks.Marks[1].Center);
        Assert.Equal("tag_1=(40, 52)\ntag_2=(20, 30)\ntag_3=(675, 52)\n", Marks.TagVariablesPrefix());
    }

    [Fact]
    public void Tag_variables_resolve_to_box_centres_in_pyautogui_code()
    {
        var translator = new PyAutoGuiTranslator();
        var context = ActionTranslationContext.For(Marks);

        var actions = translator.Translate(AgentAction.FromCode("pyautogui.click(tag_3)\npyautogui.moveTo(tag_2)\nx, y = tag_1\npyautogui.doubleClick(x, y)"), context);

        var click = Assert.IsType<ClickAction>(actions[0]);
        Assert.Equal((675, 52), (click.X!.Value, click.Y!.Value));
        var move = Assert.IsType<MoveAction>(actions[1]);
        Assert.Equal((20, 30), (move.X, move.Y));
        var doubleClick = Assert.IsType<ClickAction>(actions[2]);
        Assert.Equal((40, 52, 2), (doubleClick.X!.Value, doubleClick.Y!.Value, doubleClick.Count));
    }

    [Fact]
    public void Tag_variables_need_the_marks()
    {
        var translator = new PyAutoGuiTranslator();

        var error = Assert.Throws<ActionTranslationException>(() => translator.Translate(AgentAction.FromCode("pyautogui.click(tag_4)"), ActionTranslationContext.For(Marks)));
        Assert.Contains("tag_4", error.Message, StringComparison.Ordinal);
        Assert.Throws<ActionTranslationException>(() => translator.Translate(AgentAction.FromCode("pyautogui.click(tag_1)")));
    }

    [Fact]
    public void Registry_passes_the_context_to_pyautogui_and_claude_spaces()
    {
        var registry = ActionTranslatorRegistry.CreateDefault();
        var context = ActionTranslationContext.For(Marks);

        foreach (var space in new[] { ActionSpaces.PyAutoGui, ActionTranslatorRegistry.ClaudeComputerUseSpace })
        {
            var click = Assert.IsType<ClickAction>(Assert.Single(registry.Translate(space, AgentAction.FromCode("pyautogui.click(tag_1)"), context)));
            Assert.Equal((40, 52), (click.X!.Value, click.Y!.Value));
        }
    }
}
