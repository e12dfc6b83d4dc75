using Deskbench.Tasks.OmniAct;

namespace Deskbench.Evaluators.OmniAct.Tests;

public sealed class DatasetLoaderTests
{
    private static readonly Dictionary<string, (int L, int T, int R, int B)> Boxes = new()
    {
        ["example_0"] = (100, 100, 200, 140),
        ["example_1"] = (10, 10, 31, 20),
    };

    [Fact]
    public async Task Loads_desktop_and_web_items_and_fixes_the_web_file_names()
    {
        using var dataset = SampleDataset();

        var tasks = await OmniActDatasetLoader.LoadSplitAsync(dataset.Root, "test", TestContext.Current.CancellationToken);

        Assert.Equal(["0", "1", "2"], tasks.Select(t => t.Index));
        var desktop = tasks[0];
        Assert.Equal(("desktop", "ibooks", "test"), (desktop.Platform, desktop.App, desktop.Split));
        Assert.Equal("Navigate to see the upcoming titles", desktop.Instruction);
        Assert.Equal(["pyautogui.click(150.0,120.0)"], desktop.GoldScript);
        Assert.Equal(2, desktop.Boxes.Count);
        Assert.Equal(new OmniActElementBox("example_1", 10, 10, 31, 20, null, true), desktop.Boxes[1]);
        Assert.True(File.Exists(desktop.ScreenshotPath));
        Assert.NotNull(desktop.OcrPath);
        Assert.Null(desktop.IconPath);

        var web = tasks[2];
        Assert.Equal(("web", "asics"), (web.Platform, web.App));
        Assert.EndsWith("screen1.png", web.ScreenshotPath, StringComparison.Ordinal);
        Assert.EndsWith("screen1_boxes.json", web.BoxPath, StringComparison.Ordinal);
        Assert.Equal(3, web.GoldScript.Count);
    }

    [Fact]
    public async Task Reads_ocr_side_files()
    {
        using var dataset = SampleDataset();
        var tasks = await OmniActDatasetLoader.LoadSplitAsync(dataset.Root, "test", TestContext.Current.CancellationToken);

        var side = await OmniActSideFileReader.ReadAsync(tasks[0], TestContext.Current.CancellationToken);

        Assert.Equal([new OmniActUiElement("upcoming", 150, 120)], side.Ocr);
        Assert.Empty(side.Icon);
    }

    [Theory]
    [InlineData(OmniActScoringMode.Official)]
    [InlineData(OmniActScoringMode.Corrected)]
    public async Task Gold_scripts_as_predictions_score_full_marks(OmniActScoringMode mode)
    {
        using var dataset = SampleDataset();
        var tasks = await OmniActDatasetLoader.LoadSplitAsync(dataset.Root, "test", TestContext.Current.CancellationToken);

        var report = OmniActScorer.Score([.. tasks.Select(ToGold)], [.. tasks.Select(t => string.Join("\n", t.GoldScript))], mode);

        Assert.Equal(0.1 + 1.1 + 2.1, report.Overall.IdealScore, 9);
        Assert.Equal(100, report.Overall.SequenceScore!.Value, 9);
        Assert.Equal(100, report.Overall.ActionScore!.Value, 9);
        Assert.Equal(["desktop", "web"], report.ByPlatform.Keys);
        Assert.Equal(["asics", "ibooks"], report.ByApp.Keys);
    }

    [Fact]
    public async Task Missing_screenshot_names_the_index_and_the_file()
    {
        using var dataset = SampleDataset();
        dataset.Delete("data/data/web/asics/screen1.png");

        var ex = await Assert.ThrowsAsync<OmniActDatasetException>(() =>
            OmniActDatasetLoader.LoadSplitAsync(dataset.Root, "test", TestContext.Current.CancellationToken));

        Assert.Contains("item 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("screenshot 'data/data/web/asics/screen_1.png'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_box_file_names_the_index_and_the_file()
    {
        using var dataset = SampleDataset();
        dataset.Delete("data/metadata/desktop/boxes/ibooks/screen_1.json");

        var ex = await Assert.ThrowsAsync<OmniActDatasetException>(() =>
            OmniActDatasetLoader.LoadSplitAsync(dataset.Root, "test", TestContext.Current.CancellationToken));

        Assert.Contains("item 0", ex.Message, StringComparison.Ordinal);
        Assert.Contains("box file 'data/metadata/desktop/boxes/ibooks/screen_1.json'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Task_without_output_script_names_the_index_and_the_file()
    {
        using var dataset = new OmniActDatasetBuilder();
        dataset.AddDesktopScreen("notes", 2, Boxes);
        dataset.AddTask("desktop", "notes", 2, 1, "fine", "pyautogui.press(\"enter\")");
        dataset.AddTaskText("desktop", "notes", 2, 2, "Task: broken\npyautogui.press(\"enter\")\n");
        dataset.WriteSplit("val");

        var ex = await Assert.ThrowsAsync<OmniActDatasetException>(() =>
            OmniActDatasetLoader.LoadSplitAsync(dataset.Root, "val", TestContext.Current.CancellationToken));

        Assert.Contains("item 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("task_2.2.txt", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Output Script:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_split_file_is_a_clear_error()
    {
        using var dataset = new OmniActDatasetBuilder();
        var ex = await Assert.ThrowsAsync<OmniActDatasetException>(() =>
            OmniActDatasetLoader.LoadSplitAsync(dataset.Root, "train", TestContext.Current.CancellationToken));
        Assert.Contains("train.json", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>How the CLI maps a loaded task to the scorer's gold item.</summary>
    internal static OmniActGoldItem ToGold(OmniActTask task) =>
        new(task.Index, task.App, task.Platform, task.TaskFileText,
            [.. task.Boxes.Select(b => new OmniActBox(b.Name, b.Left, b.Top, b.Right, b.Bottom))]);

    private static OmniActDatasetBuilder SampleDataset()
    {
        var dataset = new OmniActDatasetBuilder();
        dataset.AddDesktopScreen("ibooks", 1, Boxes);
        dataset.AddWebScreen("asics", 1, Boxes);
        dataset.AddOcr("desktop", "ibooks", 1, new { ocr = new Dictionary<string, double[]> { ["upcoming"] = [150, 120] } });
        dataset.AddTask("desktop", "ibooks", 1, 30, "Navigate to see the upcoming titles", "pyautogui.click(150.0,120.0)");
        dataset.AddTask("desktop", "ibooks", 1, 31, "Copy", "pyautogui.click(20.5,15.0)", "pyautogui.hotkey(\"ctrl\", \"c\")");
        dataset.AddTask("web", "asics", 1, 1, "Search shoes", "pyautogui.click(150.0,120.0)", "pyautogui.write(\"running shoes\")", "pyautogui.press(\"enter\")");
        dataset.WriteSplit("test");
        return dataset;
    }
}
