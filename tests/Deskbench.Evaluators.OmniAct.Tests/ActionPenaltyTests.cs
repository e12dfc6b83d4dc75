namespace Deskbench.Evaluators.OmniAct.Tests;

public sealed class ActionPenaltyTests
{
    private const OmniActScoringMode Official = OmniActScoringMode.Official;
    private const OmniActScoringMode Corrected = OmniActScoringMode.Corrected;

    [Fact]
    public void One_character_write_official_full_penalty_corrected_none()
    {
        var gold = GoldItems.Item("0", "pyautogui.write(\"a\")");

        var official = GoldItems.Score(Official, gold, "pyautogui.write(\"a\")");
        var corrected = GoldItems.Score(Corrected, gold, "pyautogui.write(\"a\")");

        Assert.Equal(100, official.Overall.SequenceScore!.Value, 9);
        Assert.Equal(0, official.Overall.ActionScore!.Value, 9);
        Assert.Equal(100, official.Overall.WritePenalty!.Value, 9);
        Assert.Equal(100, corrected.Overall.ActionScore!.Value, 9);
        Assert.Contains(corrected.FixesApplied, f => f.Fix == OmniActFix.ExactWriteNotPenalized && f.AffectedItems == 1);
    }

    [Fact]
    public void Hotkey_with_spaces_official_penalises_corrected_does_not()
    {
        var gold = GoldItems.Item("0", "pyautogui.hotkey(\"ctrl\", \"c\")");

        var official = GoldItems.Score(Official, gold, "pyautogui.hotkey(\"ctrl\",\"c\")");
        var officialSameText = GoldItems.Score(Official, gold, "pyautogui.hotkey(\"ctrl\", \"c\")");
        var officialSingleQuotes = GoldItems.Score(Official, gold, "pyautogui.hotkey('ctrl', 'c')");
        var corrected = GoldItems.Score(Corrected, gold, "pyautogui.hotkey(\"ctrl\",\"c\")");

        // Official key sets: {ctrl, "c} vs {ctrl, c}: different, so the whole 1/n key penalty applies.
        Assert.Equal(0, official.Overall.ActionScore!.Value, 9);
        Assert.Equal(100, official.Overall.KeyPenalty!.Value, 9);
        Assert.Equal(100, officialSameText.Overall.ActionScore!.Value, 9);
        // The raw tokens keep the quote after the space too: ' \'c\'' → '\'c' ≠ '"c'.
        Assert.Equal(0, officialSingleQuotes.Overall.ActionScore!.Value, 9);
        Assert.Equal(100, corrected.Overall.ActionScore!.Value, 9);
        Assert.Contains(corrected.FixesApplied, f => f.Fix == OmniActFix.HotkeyWhitespaceIgnored && f.AffectedItems == 1);
    }

    [Theory]
    [InlineData(Official)]
    [InlineData(Corrected)]
    public void Press_key_mismatch_costs_one_over_n(OmniActScoringMode mode)
    {
        // n = 3, w = 2.1: click right, write right, press wrong → action (1 − 1/3)·2.1 / 2.1.
        var gold = GoldItems.Item("0", "pyautogui.click(150.0,120.0)", "pyautogui.write(\"seattle, wa\")", "pyautogui.press(\"enter\")");
        var report = GoldItems.Score(mode, gold, "pyautogui.click(150, 120)\npyautogui.write('Seattle, WA')\npyautogui.press(\"tab\")");

        Assert.Equal(2.1, report.Overall.IdealScore, 12);
        Assert.Equal(100, report.Overall.SequenceScore!.Value, 9);
        Assert.Equal(100 * 2.0 / 3, report.Overall.ActionScore!.Value, 9);
        Assert.Equal(100.0 / 3, report.Overall.KeyPenalty!.Value, 9);
        Assert.Equal(0, report.Overall.WritePenalty!.Value, 9);
    }

    [Theory]
    [InlineData(Official)]
    [InlineData(Corrected)]
    public void Wrong_action_order_scores_zero(OmniActScoringMode mode)
    {
        var gold = GoldItems.Item("0", "pyautogui.click(150.0,120.0)", "pyautogui.write(\"x y\")");
        var wrong = GoldItems.Score(mode, gold, "pyautogui.write(\"x y\")\npyautogui.click(150.0,120.0)");
        var right = GoldItems.Score(mode, gold, "import pyautogui\npyautogui.click(150.0,120.0)\npyautogui.write(\"x y\")");

        Assert.False(wrong.Items[0].SequenceMatched);
        Assert.Equal(0, wrong.Overall.SequenceScore!.Value, 9);
        Assert.Equal(0, wrong.Overall.ActionScore!.Value, 9);
        Assert.Equal(1.1, wrong.Overall.IdealScore, 12);
        Assert.Equal(100, right.Overall.SequenceScore!.Value, 9);
        Assert.Equal(100, right.Overall.ActionScore!.Value, 9);
    }

    [Fact]
    public void Zero_length_gold_weighs_minus_point_nine_officially_and_is_excluded_when_corrected()
    {
        OmniActGoldItem[] gold = [GoldItems.Item("0"), GoldItems.Item("1", "pyautogui.click(150.0,120.0)")];
        string[] predictions = ["pyautogui.click(1, 2)", "pyautogui.click(150, 120)"];

        var official = OmniActScorer.Score(gold, predictions, Official);
        var officialEmpty = OmniActScorer.Score(gold, ["", "pyautogui.click(150, 120)"], Official);
        var corrected = OmniActScorer.Score(gold, predictions, Corrected);

        // Official: ideal = −0.9 + 0.1 = −0.8; only item 1 matches: 0.1 / −0.8 = −12.5 %.
        Assert.Equal(-0.8, official.Overall.IdealScore, 12);
        Assert.Equal(-12.5, official.Overall.SequenceScore!.Value, 9);
        // An empty prediction "matches" an empty gold: (−0.9 + 0.1) / −0.8 = 100 %.
        Assert.Equal(100, officialEmpty.Overall.SequenceScore!.Value, 9);
        Assert.Equal(0.1, corrected.Overall.IdealScore, 12);
        Assert.Equal(1, corrected.Overall.Items);
        Assert.Equal(100, corrected.Overall.SequenceScore!.Value, 9);
        Assert.True(corrected.Items[0].Excluded);
        Assert.Contains(corrected.FixesApplied, f => f.Fix == OmniActFix.ZeroLengthGoldExcluded && f.AffectedItems == 1);
    }
}
