using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using SkiaSharp;

namespace Deskbench.EndToEnd.Tests;

/// <summary>
/// <c>deskbench run --suite omniact --agent …</c> on a small dataset in the OmniACT layout written by the test (a rendered
/// screenshot with a button, its box file, task files and a split): the scripted agent and the Python example agent
/// (through <c>--agent remote</c>) each answer every item, and the CLI scores their scripts.
/// </summary>
public sealed class OmniActAgentTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly string[] Gold = ["pyautogui.click(150, 120)", "pyautogui.write(\"hello\")\npyautogui.press(\"enter\")"];

    private readonly string _root = Directory.CreateTempSubdirectory("deskbench-omniact-agent-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task The_scripted_agent_answers_every_item_and_a_rerun_reuses_the_stored_predictions()
    {
        var dataset = WriteDataset(solutionsFolder: null);
        var results = Path.Combine(_root, "results");

        var run = await DeskbenchCli.RunAsync(Timeout, "run", "--suite", "omniact", "--omniact-root", dataset, "--agent", "scripted", "--results", results);

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        Assert.Matches(@"overall\s+2\s+100\.00%\s+100\.00%", run.StandardOutput);
        Assert.Contains("#1: 2 line(s)", run.StandardOutput, StringComparison.Ordinal);
        var stored = Path.Combine(results, "omniact", "test", "predictions", "scripted", "1.json");
        Assert.Equal(Gold[1], (string?)JsonNode.Parse(await File.ReadAllTextAsync(stored, TestContext.Current.CancellationToken))!["script"]);
        Assert.True(File.Exists(Path.Combine(results, "omniact", "test", "official", "scripted", "report.json")));
        var export = await DeskbenchCli.RunAsync(Timeout, "export", results, "--format", "leaderboard");
        Assert.True(export.ExitCode == 0, export.StandardOutput + export.StandardError);
        var board = JsonNode.Parse(export.StandardOutput)!;
        Assert.Equal("deskbench-omniact-leaderboard/1", (string?)board["schema"]);
        var entry = Assert.Single(board["runs"]!.AsArray())!;
        Assert.Equal(("test", "official", "scripted", 2), ((string?)entry["split"], (string?)entry["scoring_mode"], (string?)entry["model"], (int?)entry["items"]));
        Assert.Equal(100.0, (double)entry["overall"]!["sequence_score"]!);
        Assert.NotNull(entry["by_platform"]!["desktop"]);
        Assert.NotNull(entry["by_app"]!["notes"]);

        // Resume: the stored predictions are scored again without asking the agent (the solution files are gone).
        foreach (var solution in Directory.GetFiles(dataset, "*.solution.json", SearchOption.AllDirectories))
        {
            File.Delete(solution);
        }

        var rerun = await DeskbenchCli.RunAsync(Timeout, "run", "--suite", "omniact", "--omniact-root", dataset, "--agent", "scripted", "--results", results);
        Assert.True(rerun.ExitCode == 0, rerun.StandardOutput + rerun.StandardError);
        Assert.Matches(@"overall\s+2\s+100\.00%\s+100\.00%", rerun.StandardOutput);
        Assert.DoesNotContain("line(s)", rerun.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agent_that_fails_on_an_item_predicts_an_empty_script_for_it()
    {
        var dataset = WriteDataset(solutionsFolder: null);
        File.Delete(Directory.GetFiles(dataset, "task_1.0.txt.solution.json", SearchOption.AllDirectories).Single());

        var run = await DeskbenchCli.RunAsync(Timeout, "run", "--suite", "omniact", "--omniact-root", dataset, "--agent", "scripted",
            "--results", Path.Combine(_root, "results"));

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        Assert.Contains("#0: agent error: SolutionFileException", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("the agent failed on 1 item(s)", run.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"overall\s+2\s+(?!100\.00%)\d+\.\d\d%", run.StandardOutput);
    }

    [Fact]
    public async Task The_python_example_agent_answers_through_the_remote_protocol()
    {
        const string python = "/usr/bin/python3";
        if (!File.Exists(python))
        {
            Assert.Skip($"{python} is missing");
            return;
        }

        var solutions = Path.Combine(_root, "solutions");
        var dataset = WriteDataset(solutions);
        var script = Path.Combine(DeskbenchCli.RepositoryRoot, "Agents", "examples", "python", "agent_server.py");
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-u", script, "--port", "0", "--solutions", solutions])
        {
            start.ArgumentList.Add(argument);
        }

        using var agent = Process.Start(start)!;
        try
        {
            var line = await agent.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken);
            Assert.StartsWith("listening on ", line, StringComparison.Ordinal);
            _ = agent.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

            var run = await DeskbenchCli.RunAsync(Timeout, "run", "--suite", "omniact", "--omniact-root", dataset, "--agent", "remote",
                "--agent-url", line!["listening on ".Length..], "--model", "py", "--results", Path.Combine(_root, "results"), "--omniact-side-files", "ocr");

            Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
            Assert.Matches(@"overall\s+2\s+100\.00%\s+100\.00%", run.StandardOutput);
            var stored = JsonNode.Parse(await File.ReadAllTextAsync(
                Path.Combine(_root, "results", "omniact", "test", "predictions", "py", "0.json"), TestContext.Current.CancellationToken))!;
            // The agent decoded the rendered screenshot it was sent.
            Assert.Contains("screen 640x400", (string?)stored["response"], StringComparison.Ordinal);
            // The OCR side file was asked for and sent with the observation.
            Assert.Contains("side files: ocr;", (string?)stored["response"], StringComparison.Ordinal);
        }
        finally
        {
            agent.Kill(entireProcessTree: true);
        }
    }

    /// <summary>
    /// The dataset: one rendered screen, its box file, two tasks whose gold scripts are <see cref="Gold"/>, a test split, and
    /// per task a reference solution — beside the task file for the scripted agent, or named by item index in
    /// <paramref name="solutionsFolder"/> for the Python example agent.
    /// </summary>
    private string WriteDataset(string? solutionsFolder)
    {
        var root = Path.Combine(_root, "dataset");
        var split = new JsonObject();
        for (var i = 0; i < Gold.Length; i++)
        {
            var task = $"data/tasks/desktop/notes/task_1.{i}.txt";
            Write(root, task, $"Task: step {i}\nOutput Script:\n{Gold[i]}\n");
            var solution = new JsonObject { ["action_space"] = "pyautogui", ["steps"] = new JsonArray(Gold[i]) }.ToJsonString();
            Write(root, task + ".solution.json", solution);
            if (solutionsFolder is not null)
            {
                Directory.CreateDirectory(solutionsFolder);
                File.WriteAllText(Path.Combine(solutionsFolder, $"{i.ToString(CultureInfo.InvariantCulture)}.solution.json"), solution);
            }

            split[i.ToString(CultureInfo.InvariantCulture)] = new JsonObject
            {
                ["task"] = task,
                ["image"] = "data/data/desktop/notes/screen_1.png",
                ["box"] = "data/metadata/desktop/boxes/notes/screen_1.json",
                ["ocr"] = "data/metadata/desktop/ocr/notes/screen_1.json",
            };
        }

        Directory.CreateDirectory(Path.Combine(root, "data/data/desktop/notes"));
        File.WriteAllBytes(Path.Combine(root, "data/data/desktop/notes/screen_1.png"), RenderScreen());
        Write(root, "data/metadata/desktop/boxes/notes/screen_1.json", """{"save button": {"top_left": [100, 100], "bottom_right": [200, 140]}}""");
        Write(root, "data/metadata/desktop/ocr/notes/screen_1.json", """{"ocr": {"Save": [150, 120]}}""");
        Write(root, "test.json", split.ToJsonString());
        return root;
    }

    /// <summary>A 640×400 screen with a "Save" button where the box file says it is.</summary>
    private static byte[] RenderScreen()
    {
        using var bitmap = new SKBitmap(640, 400);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(235, 235, 235));
            using var button = new SKPaint { Color = new SKColor(40, 110, 220) };
            canvas.DrawRect(SKRect.Create(100, 100, 100, 40), button);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
