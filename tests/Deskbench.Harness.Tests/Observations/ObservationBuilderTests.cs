using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Observations;
using Deskbench.Harness.Observations;
using Microsoft.Extensions.Logging.Abstractions;
using SkiaSharp;

namespace Deskbench.Harness.Tests.Observations;

public sealed class ObservationBuilderTests
{
    private const string Namespaces =
        "xmlns:st=\"https://accessibility.ubuntu.example.org/ns/state\" xmlns:cp=\"https://accessibility.ubuntu.example.org/ns/component\"";

    private const string Tree =
        "<desktop-frame " + Namespaces + "><application name=\"App\">" +
        "<push-button name=\"Save\" st:showing=\"true\" st:visible=\"true\" st:enabled=\"true\" cp:screencoord=\"(20, 30)\" cp:size=\"(80, 40)\"/>" +
        "<entry name=\"Search\" st:showing=\"true\" st:visible=\"true\" st:editable=\"true\" cp:screencoord=\"(200, 100)\" cp:size=\"(120, 50)\">abc</entry>" +
        "</application></desktop-frame>";

    private static readonly byte[] Screen =
        ScreenFixtures.WhiteScreenWithWidgets(640, 480, new SKRectI(20, 30, 100, 70), new SKRectI(200, 100, 320, 150));

    private static ObservationBuilder Builder(ObservationType type, int maxTokens = AccessibilityTreeTrimmer.DefaultMaxTokens, bool terminal = false) =>
        new(new ObservationOptions { Type = type, A11yTreeMaxTokens = maxTokens, IncludeTerminal = terminal }, NullLogger<ObservationBuilder>.Instance);

    [Fact]
    public async Task Screenshot_type_reads_no_tree()
    {
        var guest = new FixedDesktopGuest(Screen, Tree);

        var observation = await Builder(ObservationType.Screenshot).BuildAsync(guest, "do it", 3, [], TestContext.Current.CancellationToken);

        Assert.Equal(0, guest.TreeRequests);
        Assert.Same(Screen, observation.Screenshot);
        Assert.Null(observation.AccessibilityTree);
        Assert.Null(observation.LinearizedAccessibilityTree);
        Assert.Equal((ObservationType.Screenshot, 3, "do it"), (observation.Type!.Value, observation.StepIndex, observation.Instruction));
    }

    [Theory]
    [InlineData(ObservationType.A11yTree)]
    [InlineData(ObservationType.ScreenshotA11yTree)]
    public async Task Tree_types_get_the_raw_xml_and_the_linearized_table(ObservationType type)
    {
        var guest = new FixedDesktopGuest(Screen, Tree, terminal: "$ ls");

        var observation = await Builder(type, terminal: true).BuildAsync(guest, "do it", 0, [], TestContext.Current.CancellationToken);

        Assert.Equal(Tree, observation.AccessibilityTree);
        Assert.Equal(
            AccessibilityTreeLinearizer.Header + "\npush-button\tSave\t\"\"\t\t\t(20, 30)\t(80, 40)\nentry\tSearch\tabc\t\t\t(200, 100)\t(120, 50)",
            observation.LinearizedAccessibilityTree);
        Assert.Equal("$ ls", observation.Terminal);
        Assert.Null(observation.Marks);
    }

    [Fact]
    public async Task Set_of_marks_tags_the_screenshot_and_gives_the_translator_its_marks()
    {
        var guest = new FixedDesktopGuest(Screen, Tree);

        var observation = await Builder(ObservationType.SetOfMarks).BuildAsync(guest, "do it", 0, [], TestContext.Current.CancellationToken);

        Assert.Same(Screen, observation.Screenshot);
        Assert.NotNull(observation.SetOfMarksScreenshot);
        Assert.NotEqual(Screen, observation.SetOfMarksScreenshot);
        Assert.Equal("index\ttag\tname\ttext\n1\tpush-button\tSave\t\"\"\n2\tentry\tSearch\tabc", observation.LinearizedAccessibilityTree);
        var click = new PyAutoGuiTranslator().Translate(AgentAction.FromCode("pyautogui.click(tag_2)"), ActionTranslationContext.For(observation.Marks));
        var action = Assert.IsType<ClickAction>(Assert.Single(click));
        Assert.Equal((260, 125), (action.X!.Value, action.Y!.Value));
    }

    [Fact]
    public async Task The_table_is_capped_at_the_token_budget()
    {
        var guest = new FixedDesktopGuest(Screen, Tree);

        var observation = await Builder(ObservationType.A11yTree, maxTokens: 5).BuildAsync(guest, "do it", 0, [], TestContext.Current.CancellationToken);

        Assert.EndsWith(AccessibilityTreeTrimmer.Marker, observation.LinearizedAccessibilityTree, StringComparison.Ordinal);
        Assert.StartsWith("tag\tname", observation.LinearizedAccessibilityTree, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guest_without_a_tree_endpoint_still_gives_an_observation()
    {
        var guest = new FixedDesktopGuest(Screen, Tree, hasTreeEndpoint: false);

        var observation = await Builder(ObservationType.SetOfMarks).BuildAsync(guest, "do it", 0, [], TestContext.Current.CancellationToken);

        Assert.Equal(1, guest.TreeRequests);
        Assert.Null(observation.AccessibilityTree);
        Assert.Null(observation.Marks);
        Assert.Same(Screen, observation.Screenshot);
    }
}
