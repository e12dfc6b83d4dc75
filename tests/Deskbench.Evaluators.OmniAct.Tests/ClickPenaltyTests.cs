using Deskbench.Evaluators.OmniAct.Scoring;

namespace Deskbench.Evaluators.OmniAct.Tests;

public sealed class ClickPenaltyTests
{
    // 100×40 box: diagonal μ = √(100² + 40²) = √11600 = 107.7033…
    private const double Diagonal = 107.70329614269008;

    [Fact]
    public void Inside_the_box_has_no_penalty() =>
        Assert.Equal(0, ClickPenalty.Compute(GoldItems.Box100x40, 130, 110), 12);

    [Fact]
    public void On_the_edge_has_no_penalty() =>
        Assert.Equal(0, ClickPenalty.Compute(GoldItems.Box100x40, 200, 140), 12);

    [Fact]
    public void Fifty_pixels_outside_is_d_over_d_plus_diagonal()
    {
        // d = 50 (right of the right edge, level with the centre): 50 / (50 + 107.703) = 0.317053…
        Assert.Equal(50 / (50 + Diagonal), ClickPenalty.Compute(GoldItems.Box100x40, 250, 120), 12);
        Assert.Equal(0.31705, ClickPenalty.Compute(GoldItems.Box100x40, 250, 120), 5);
    }

    [Fact]
    public void Corner_distance_is_euclidean()
    {
        // 30 px right and 40 px below the bottom-right corner: d = 50.
        Assert.Equal(50 / (50 + Diagonal), ClickPenalty.Compute(GoldItems.Box100x40, 230, 180), 12);
    }

    [Theory]
    [InlineData(OmniActScoringMode.Official)]
    [InlineData(OmniActScoringMode.Corrected)]
    public void Click_item_scores_follow_the_formula(OmniActScoringMode mode)
    {
        var gold = GoldItems.Item("0", "pyautogui.click(150.0,120.0)");
        var inside = GoldItems.Score(mode, gold, "pyautogui.click(160, 125)");
        var outside = GoldItems.Score(mode, gold, "pyautogui.click(250, 120)");

        Assert.Equal(100, inside.Overall.ActionScore!.Value, 9);
        Assert.Equal(100, outside.Overall.SequenceScore!.Value, 9);
        Assert.Equal(100 * (1 - (50 / (50 + Diagonal))), outside.Overall.ActionScore!.Value, 9);
        Assert.Equal(100 * 50 / (50 + Diagonal), outside.Overall.ClickPenalty!.Value, 9);
        Assert.Equal(0.1, outside.Overall.IdealScore, 12);
    }

    [Fact]
    public void No_box_centred_on_the_gold_click_is_warned_and_not_penalised()
    {
        var gold = GoldItems.Item("7", "pyautogui.click(10.0,10.0)");
        var report = GoldItems.Score(OmniActScoringMode.Official, gold, "pyautogui.click(900, 900)");

        Assert.Equal(100, report.Overall.ActionScore!.Value, 9);
        Assert.Contains(report.Warnings, w => w.Contains("item 7", StringComparison.Ordinal) && w.Contains("asserts", StringComparison.Ordinal));
    }
}
