using System.Text.Json.Nodes;
using Deskbench.Testing;

namespace Deskbench.EndToEnd.Tests;

/// <summary>
/// The whole example suite through the CLI on the local provider (real Xvfb, openbox, xterm, mousepad, Chromium): the scripted
/// agent solves every task, the noop agent none, the fail agent exactly the infeasible ones.
/// </summary>
public sealed class ExampleSuiteTests : IDisposable
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(8);
    private readonly string _results = Path.Combine(Path.GetTempPath(), $"deskbench-e2e-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_results))
        {
            Directory.Delete(_results, recursive: true);
        }
    }

    [Fact]
    public async Task Scripted_agent_scores_one_on_every_task_and_a_rerun_resumes()
    {
        RequireDesktop();
        var run = await RunSuiteAsync("scripted");

        Assert.Equal(0, run.ExitCode);
        var scores = ReadScores("scripted");
        Assert.Equal(ExampleTasks().Count, scores.Count);
        Assert.All(scores, s => Assert.True(s.Value == 1.0, $"{s.Key} scored {s.Value}\n{run.StandardOutput}\n{run.StandardError}"));
        Assert.Contains("total", run.StandardOutput, StringComparison.Ordinal);
        AssertOsWorldLayout("scripted");

        var rerun = await RunSuiteAsync("scripted");
        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(ExampleTasks().Count, CountOccurrences(rerun.StandardOutput, "already finished, skipped"));
    }

    [Fact]
    public async Task Noop_agent_scores_zero_on_every_task()
    {
        RequireDesktop();
        var run = await RunSuiteAsync("noop");

        Assert.Equal(0, run.ExitCode);
        var scores = ReadScores("noop");
        Assert.Equal(ExampleTasks().Count, scores.Count);
        Assert.All(scores, s => Assert.True(s.Value == 0.0, $"{s.Key} scored {s.Value}"));
    }

    [Fact]
    public async Task Fail_agent_scores_one_exactly_on_the_infeasible_tasks()
    {
        RequireDesktop();
        var run = await RunSuiteAsync("fail");

        Assert.Equal(0, run.ExitCode);
        var scores = ReadScores("fail");
        var infeasible = ExampleTasks().Where(t => t.Value).Select(t => t.Key).ToHashSet();
        Assert.True(infeasible.Count >= 2, "the example suite must have at least two infeasible tasks");
        Assert.Equal(ExampleTasks().Count, scores.Count);
        Assert.All(scores, s => Assert.Equal(infeasible.Contains(s.Key) ? 1.0 : 0.0, s.Value));
    }

    private static void RequireDesktop() => DesktopTier.RequireCommands("Xvfb", "openbox", "xterm", "mousepad", "chromium", "dbus-daemon");

    private Task<ToolResult> RunSuiteAsync(string agent) => DeskbenchCli.RunAsync(
        RunTimeout, "run", "--tasks", Path.Combine(DeskbenchCli.ExampleSuite, "test_all.json"), "--agent", agent, "--provider", "local",
        "--results", _results, "--model", agent);

    /// <summary>Task id → whether it is infeasible, from the suite's files.</summary>
    private static Dictionary<string, bool> ExampleTasks() =>
        Directory.EnumerateFiles(Path.Combine(DeskbenchCli.ExampleSuite, "examples"), "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".solution.json", StringComparison.Ordinal))
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!.AsObject())
            .ToDictionary(t => (string)t["id"]!, t => t["evaluator"]!["func"] is JsonValue v && (string?)v == "infeasible");

    /// <summary>Task id → score read from every result.txt under the run's model folder.</summary>
    private Dictionary<string, double> ReadScores(string model) =>
        Directory.EnumerateFiles(_results, "result.txt", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}{model}{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileName(Path.GetDirectoryName(f))!, f => double.Parse(File.ReadAllText(f).Trim(), System.Globalization.CultureInfo.InvariantCulture));

    private void AssertOsWorldLayout(string model)
    {
        var runDir = Directory.GetDirectories(_results, model, SearchOption.AllDirectories).Single();
        Assert.True(File.Exists(Path.Combine(runDir, "run.json")), "run.json manifest");
        Assert.True(File.Exists(Path.Combine(runDir, "args.json")), "OSWorld args.json");
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(runDir, "run.json")))!;
        Assert.Equal(ExampleTasks().Count, manifest["tasks"]!.AsArray().Count);
        foreach (var taskDir in Directory.GetDirectories(runDir).SelectMany(Directory.GetDirectories))
        {
            Assert.True(File.Exists(Path.Combine(taskDir, "traj.jsonl")), $"traj.jsonl in {taskDir}");
            Assert.NotEmpty(Directory.GetFiles(taskDir, "step_*.png"));
            var first = JsonNode.Parse(File.ReadLines(Path.Combine(taskDir, "traj.jsonl")).First())!.AsObject();
            foreach (var field in new[] { "step_num", "action_timestamp", "action", "response", "reward", "done", "info", "screenshot_file" })
            {
                Assert.True(first.ContainsKey(field), $"traj.jsonl field {field} in {taskDir}");
            }

            Assert.Empty(Directory.GetFiles(taskDir, "*.tmp*"));
        }
    }

    private static int CountOccurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
