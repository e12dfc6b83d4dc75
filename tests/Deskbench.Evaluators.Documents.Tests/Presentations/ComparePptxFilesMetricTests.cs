using System.Text.Json.Nodes;
using Deskbench.Evaluators.Documents.Metrics;
using Deskbench.Evaluators.Documents.Tests.Support;

namespace Deskbench.Evaluators.Documents.Tests.Presentations;

public sealed class ComparePptxFilesMetricTests(PresentationFixture decks) : IClassFixture<PresentationFixture>
{
    private double Compare(string result, string expected, string options = "{}")
    {
        LibreOffice.Require();
        return Metric.Score(new ComparePptxFilesMetric(), decks.PathOf(result), decks.PathOf(expected), options);
    }

    [Fact]
    public void The_same_deck_matches()
    {
        Assert.Equal(1.0, Compare("base_again.pptx", "base.pptx"));
    }

    [Theory]
    [InlineData("font.pptx")]
    [InlineData("notbold.pptx")]
    [InlineData("text.pptx")]
    [InlineData("moved.pptx")]
    [InlineData("notes.pptx")]
    [InlineData("longer.pptx")]
    public void A_deck_differing_in_one_examined_aspect_does_not_match(string variant)
    {
        Assert.Equal(0.0, Compare(variant, "base.pptx"));
    }

    [Theory]
    [InlineData("font.pptx", "examine_font_name")]
    [InlineData("notbold.pptx", "examine_font_bold")]
    [InlineData("moved.pptx", "examine_shape")]
    [InlineData("notes.pptx", "examine_note")]
    [InlineData("longer.pptx", "examine_number_of_slides")]
    public void Turning_off_the_examined_aspect_makes_the_variant_match(string variant, string option)
    {
        Assert.Equal(1.0, Compare(variant, "base.pptx", "{\"" + option + "\": false}"));
    }

    [Fact]
    public void Positions_compare_with_a_relative_tolerance()
    {
        Assert.Equal(1.0, Compare("nudged.pptx", "base.pptx"));
        Assert.Equal(0.0, Compare("nudged.pptx", "base.pptx", """{"approximately_tolerance": 0.0}"""));
    }

    [Fact]
    public void A_truncated_deck_is_an_error_naming_the_file_and_metric()
    {
        var error = Assert.Throws<DocumentReadException>(() => Compare("truncated.pptx", "base.pptx"));
        Assert.Contains("truncated.pptx", error.Message, StringComparison.Ordinal);
        Assert.Contains("compare_pptx_files", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_transition_finds_the_slide_transition()
    {
        LibreOffice.Require();
        var rules = JsonNode.Parse("""{"slide_idx": 0, "transition_type": "dissolve"}""");
        var metric = new CheckTransitionMetric();
        Assert.Equal(1.0, Metric.Score(metric, JsonValue.Create(decks.PathOf("base.pptx")), rules));
        Assert.Equal(0.0, Metric.Score(metric, JsonValue.Create(decks.PathOf("notransition.pptx")), rules));
        Assert.Equal(0.0, Metric.Score(metric, JsonValue.Create(decks.PathOf("base.pptx")), JsonNode.Parse("""{"slide_idx": 0, "transition_type": "fade"}""")));
    }
}
