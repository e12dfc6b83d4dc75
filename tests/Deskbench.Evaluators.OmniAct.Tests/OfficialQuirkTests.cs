namespace Deskbench.Evaluators.OmniAct.Tests;

public sealed class OfficialQuirkTests
{
    private const OmniActScoringMode Official = OmniActScoringMode.Official;
    private const OmniActScoringMode Corrected = OmniActScoringMode.Corrected;
    private const double FiftyOutside = 50 / (50 + 107.70329614269008);

    [Fact]
    public void CamelCase_pointer_actions_are_only_scored_when_corrected()
    {
        var gold = GoldItems.Item("0", "pyautogui.doubleClick(150.0,120.0)");
        var official = GoldItems.Score(Official, gold, "pyautogui.doubleClick(250, 120)");
        var corrected = GoldItems.Score(Corrected, gold, "pyautogui.doubleClick(250, 120)");

        Assert.Equal(100, official.Overall.ActionScore!.Value, 9);
        Assert.Equal(100 * (1 - FiftyOutside), corrected.Overall.ActionScore!.Value, 9);
        Assert.Contains(corrected.FixesApplied, f => f.Fix == OmniActFix.PointerActionsScored && f.AffectedItems == 1);
    }

    [Fact]
    public void Action_names_are_compared_lowercased()
    {
        var gold = GoldItems.Item("0", "pyautogui.moveTo(150.0,120.0)");
        Assert.Equal(100, GoldItems.Score(Official, gold, "PyAutoGUI.MOVETO(5, 5)").Overall.SequenceScore!.Value, 9);
    }

    [Fact]
    public void Keyword_coordinates_fail_officially_and_parse_when_corrected()
    {
        var gold = GoldItems.Item("3", "pyautogui.click(150.0,120.0)");
        var official = GoldItems.Score(Official, gold, "pyautogui.click(x=250, y=120)");
        var corrected = GoldItems.Score(Corrected, gold, "pyautogui.click(x=250, y=120)");

        Assert.Equal(0, official.Overall.ActionScore!.Value, 9);
        Assert.Contains(official.Warnings, w => w.StartsWith("item 3:", StringComparison.Ordinal));
        Assert.Equal(100 * (1 - FiftyOutside), corrected.Overall.ActionScore!.Value, 9);
        Assert.Contains(corrected.FixesApplied, f => f.Fix == OmniActFix.KeywordArgumentsParsed && f.AffectedItems == 1);
    }

    [Fact]
    public void Apostrophes_cut_the_official_write_text()
    {
        // Official candidate = "don" (split at the apostrophe); vs "don't stop": p1 = p2 = 1, BP = exp(1 − 10/3).
        var gold = GoldItems.Item("0", "pyautogui.write(\"don't stop\")");
        var official = GoldItems.Score(Official, gold, "pyautogui.write(\"don't stop\")");
        var corrected = GoldItems.Score(Corrected, gold, "pyautogui.write(\"don't stop\")");

        Assert.Equal(100 * (1 - Math.Exp(1 - (10.0 / 3))), official.Overall.WritePenalty!.Value, 9);
        Assert.Equal(100 * Math.Exp(1 - (10.0 / 3)), official.Overall.ActionScore!.Value, 9);
        Assert.Equal(100, corrected.Overall.ActionScore!.Value, 9);
        Assert.Contains(corrected.FixesApplied, f => f.Fix == OmniActFix.QuotedStringsParsed && f.AffectedItems == 1);
    }

    [Fact]
    public void Indented_prediction_lines_fail_the_official_sequence_match()
    {
        var gold = GoldItems.Item("0", "pyautogui.click(150.0,120.0)", "pyautogui.press(\"enter\")");
        const string prediction = "pyautogui.click(150, 120)\n    pyautogui.press(\"enter\")";

        Assert.Equal(0, GoldItems.Score(Official, gold, prediction).Overall.SequenceScore!.Value, 9);
        var corrected = GoldItems.Score(Corrected, gold, prediction);
        Assert.Equal(100, corrected.Overall.ActionScore!.Value, 9);
        Assert.Contains(corrected.FixesApplied, f => f.Fix == OmniActFix.PredictionLinesStripped && f.AffectedItems == 1);
    }

    [Fact]
    public void Scroll_and_drag_are_not_penalised_officially()
    {
        var gold = GoldItems.Item("0", "pyautogui.scroll(-5)", "pyautogui.dragTo(150.0,120.0, button=\"left\")");
        var report = GoldItems.Score(Official, gold, "pyautogui.scroll(300)\npyautogui.dragTo(900, 900, button='left')");

        Assert.Equal(100, report.Overall.ActionScore!.Value, 9);
    }

    [Fact]
    public void Reports_name_the_mode_and_only_corrected_lists_fixes()
    {
        var gold = GoldItems.Item("0", "pyautogui.click(150.0,120.0)");
        var official = GoldItems.Score(Official, gold, "pyautogui.click(150, 120)");
        var corrected = GoldItems.Score(Corrected, gold, "pyautogui.click(150, 120)");

        Assert.Equal(Official, official.Mode);
        Assert.Empty(official.FixesApplied);
        Assert.Equal(Corrected, corrected.Mode);
        Assert.Equal(Enum.GetValues<OmniActFix>().Length, corrected.FixesApplied.Count);
    }

    [Fact]
    public void Breakdown_is_per_platform_and_per_app()
    {
        OmniActGoldItem[] gold =
        [
            GoldItems.ItemIn("0", "asics", "web", "pyautogui.click(150.0,120.0)"),
            GoldItems.ItemIn("1", "ibooks", "desktop", "pyautogui.click(150.0,120.0)", "pyautogui.press(\"enter\")"),
        ];
        var report = OmniActScorer.Score(gold, ["pyautogui.click(150, 120)", "pyautogui.press(\"enter\")"], Official);

        Assert.Equal(100, report.ByPlatform["web"].SequenceScore!.Value, 9);
        Assert.Equal(0, report.ByPlatform["desktop"].SequenceScore!.Value, 9);
        Assert.Equal(1.1, report.ByApp["ibooks"].IdealScore, 12);
        Assert.Equal(100 * 0.1 / 1.2, report.Overall.SequenceScore!.Value, 9);
    }

    [Fact]
    public void Misaligned_predictions_are_refused_without_a_score()
    {
        var ex = Assert.Throws<OmniActScoringException>(() =>
            OmniActScorer.Score([GoldItems.Item("0", "pyautogui.press(\"a\")")], ["x", "y"], Official));
        Assert.Contains("2 predictions for 1 gold items", ex.Message, StringComparison.Ordinal);
    }
}
