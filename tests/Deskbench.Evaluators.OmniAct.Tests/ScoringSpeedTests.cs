using System.Diagnostics;

namespace Deskbench.Evaluators.OmniAct.Tests;

public sealed class ScoringSpeedTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(OmniActScoringMode.Official)]
    [InlineData(OmniActScoringMode.Corrected)]
    public void Scores_2021_predictions(OmniActScoringMode mode)
    {
        string[][] scripts =
        [
            ["pyautogui.click(150.0,120.0)"],
            ["pyautogui.click(150.0,120.0)", "pyautogui.write(\"seattle, wa\")", "pyautogui.press(\"enter\")"],
            ["pyautogui.hotkey(\"ctrl\", \"c\")", "pyautogui.moveTo(150.0,120.0)"],
        ];
        var gold = Enumerable.Range(0, 2021)
            .Select(i => GoldItems.ItemIn(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "app" + (i % 30), i % 4 == 0 ? "web" : "desktop", scripts[i % 3]))
            .ToList();
        var predictions = gold.Select((_, i) => i % 2 == 0
            ? string.Join("\n", scripts[i % 3]).Replace("150.0", "260", StringComparison.Ordinal)
            : "pyautogui.write(\"seattle\")\npyautogui.click(1, 2)").ToList();

        OmniActScorer.Score(gold, predictions, mode); // warm-up (JIT)
        var watch = Stopwatch.StartNew();
        var report = OmniActScorer.Score(gold, predictions, mode);
        watch.Stop();

        output.WriteLine($"OmniACT {mode}: scored {report.Items.Count} predictions in {watch.Elapsed.TotalMilliseconds:F1} ms (target < 1000 ms)");
        Assert.Equal(2021, report.Items.Count);
        Assert.InRange(report.Overall.SequenceScore!.Value, 1, 99);
    }
}
