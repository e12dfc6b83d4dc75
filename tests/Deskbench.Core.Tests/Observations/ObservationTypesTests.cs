using Deskbench.Core.Observations;

namespace Deskbench.Core.Tests.Observations;

public sealed class ObservationTypesTests
{
    [Theory]
    [InlineData("screenshot", ObservationType.Screenshot, false, true)]
    [InlineData("a11y_tree", ObservationType.A11yTree, true, false)]
    [InlineData("screenshot_a11y_tree", ObservationType.ScreenshotA11yTree, true, true)]
    [InlineData("som", ObservationType.SetOfMarks, true, true)]
    public void Osworld_names_round_trip(string name, ObservationType type, bool needsTree, bool showsScreenshot)
    {
        Assert.Equal(type, ObservationTypes.Parse(name));
        Assert.Equal(name, type.ToName());
        Assert.Equal(needsTree, type.NeedsAccessibilityTree());
        Assert.Equal(showsScreenshot, type.ShowsScreenshot());
    }

    [Fact]
    public void Unknown_names_list_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => ObservationTypes.Parse("a11y"));
        Assert.Contains("screenshot, a11y_tree, screenshot_a11y_tree, som", error.Message, StringComparison.Ordinal);
        Assert.False(ObservationTypes.TryParse(null, out _));
    }
}
