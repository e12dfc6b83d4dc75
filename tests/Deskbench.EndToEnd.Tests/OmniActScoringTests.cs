using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.EndToEnd.Tests;

/// <summary><c>deskbench run --suite omniact --predictions FILE</c> on a small dataset in the OmniACT layout written by the test.</summary>
public sealed class OmniActScoringTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    /// <summary>A 1×1 PNG: the scorer reads boxes, not pixels, but the loader insists the screenshot exists.</summary>
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private readonly string _root = Directory.CreateTempSubdirectory("deskbench-omniact-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Gold_scripts_as_predictions_score_one_hundred_percent_and_a_report_is_written()
    {
        var dataset = WriteDataset();
        var predictions = Path.Combine(_root, "gold.json");
        await File.WriteAllTextAsync(predictions, JsonSerializer.Serialize(Gold), TestContext.Current.CancellationToken);
        var results = Path.Combine(_root, "results");

        var run = await DeskbenchCli.RunAsync(Timeout, "run", "--suite", "omniact", "--omniact-root", dataset, "--split", "test",
            "--predictions", predictions, "--results", results);

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        Assert.Contains("scoring mode: official", run.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"overall\s+2\s+100\.00%\s+100\.00%", run.StandardOutput);
        var report = JsonNode.Parse(await File.ReadAllTextAsync(
            Path.Combine(results, "omniact", "test", "official", "gold", "report.json"), TestContext.Current.CancellationToken))!;
        Assert.Equal("official", (string?)report["mode"]);
        Assert.Equal(2, report["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_wrong_click_loses_action_score_but_not_sequence_score()
    {
        var dataset = WriteDataset();
        var predictions = Path.Combine(_root, "off.json");
        await File.WriteAllTextAsync(predictions, JsonSerializer.Serialize(new[] { "pyautogui.click(900, 900)", Gold[1] }), TestContext.Current.CancellationToken);

        var run = await DeskbenchCli.RunAsync(Timeout, "run", "--suite", "omniact", "--omniact-root", dataset, "--predictions", predictions,
            "--results", Path.Combine(_root, "results"), "--scoring", "corrected");

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        Assert.Contains("scoring mode: corrected", run.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"overall\s+2\s+100\.00%\s+(?!100\.00%)\d+\.\d\d%", run.StandardOutput);
    }

    [Fact]
    public async Task Predictions_of_the_wrong_length_are_refused_naming_the_file_and_nothing_is_written()
    {
        var dataset = WriteDataset();
        var predictions = Path.Combine(_root, "short.json");
        await File.WriteAllTextAsync(predictions, JsonSerializer.Serialize(new[] { Gold[0] }), TestContext.Current.CancellationToken);
        var results = Path.Combine(_root, "results");

        var run = await DeskbenchCli.RunAsync(Timeout, "run", "--suite", "omniact", "--omniact-root", dataset, "--predictions", predictions, "--results", results);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(predictions, run.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(results));
    }

    [Fact]
    public async Task Without_predictions_the_run_says_what_is_needed()
    {
        var run = await DeskbenchCli.RunAsync(Timeout, "run", "--suite", "omniact", "--omniact-root", WriteDataset(), "--results", Path.Combine(_root, "r"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--predictions", run.StandardError, StringComparison.Ordinal);
    }

    private static readonly string[] Gold = ["pyautogui.click(150, 120)", "pyautogui.write(\"hello\")\npyautogui.press(\"enter\")"];

    private string WriteDataset()
    {
        var root = Path.Combine(_root, "dataset");
        var split = new JsonObject();
        for (var i = 0; i < Gold.Length; i++)
        {
            var task = $"data/tasks/desktop/notes/task_1.{i}.txt";
            Write(root, task, $"Task: step {i}\nOutput Script:\n{Gold[i]}\n");
            split[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject
            {
                ["task"] = task,
                ["image"] = "data/data/desktop/notes/screen_1.png",
                ["box"] = "data/metadata/desktop/boxes/notes/screen_1.json",
            };
        }

        Directory.CreateDirectory(Path.Combine(root, "data/data/desktop/notes"));
        File.WriteAllBytes(Path.Combine(root, "data/data/desktop/notes/screen_1.png"), TinyPng);
        Write(root, "data/metadata/desktop/boxes/notes/screen_1.json",
            """{"save button": {"top_left": [100, 100], "bottom_right": [200, 140]}}""");
        Write(root, "test.json", split.ToJsonString());
        return root;
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
