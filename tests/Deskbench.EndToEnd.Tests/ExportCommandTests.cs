using System.Text.Json.Nodes;

namespace Deskbench.EndToEnd.Tests;

/// <summary>
/// <c>deskbench export</c> and <c>deskbench compare</c> through the CLI, on results folders the test writes in OSWorld's
/// layout (run.json, result.json, result.txt) — no desktop needed.
/// </summary>
public sealed class ExportCommandTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly string _scratch = Directory.CreateTempSubdirectory("deskbench-export-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task Exports_every_format_and_compares_two_runs()
    {
        var runA = await WriteRunAsync("a", ("os", "t1", 1.0), ("os", "t2", 0.0), ("calc", "t3", null));
        var runB = await WriteRunAsync("b", ("os", "t1", 0.0), ("os", "t2", 1.0), ("calc", "t3", 1.0));
        var rootA = Path.Combine(_scratch, "a");

        var leaderboard = await DeskbenchCli.RunAsync(Timeout, "export", rootA, "--format", "leaderboard");
        Assert.True(leaderboard.Succeeded, leaderboard.StandardError);
        var run = JsonNode.Parse(leaderboard.StandardOutput)!["runs"]![0]!;
        Assert.Equal("pyautogui/screenshot/m1", run["run_folder"]!.GetValue<string>());
        Assert.Equal(3, run["overall"]!["tasks"]!.GetValue<int>());
        Assert.Equal(0.333333, run["overall"]!["success_rate"]!.GetValue<double>());
        Assert.Equal(0.5, run["overall"]!["finished_success_rate"]!.GetValue<double>());
        Assert.Equal(1, run["overall"]!["outcomes"]!["agent_error"]!.GetValue<int>());

        var csvFile = Path.Combine(_scratch, "out", "a.csv");
        var csv = await DeskbenchCli.RunAsync(Timeout, "export", runA, "--format", "csv", "--out", csvFile);
        Assert.True(csv.Succeeded, csv.StandardError);
        var rows = await File.ReadAllLinesAsync(csvFile, TestContext.Current.CancellationToken);
        Assert.Equal(4, rows.Length);
        Assert.Contains("pyautogui/screenshot/m1,calc,t3,agent_error,,1,60,,,,it broke", rows);

        var markdown = await DeskbenchCli.RunAsync(Timeout, "export", runA, "--format", "markdown");
        Assert.True(markdown.Succeeded, markdown.StandardError);
        Assert.Contains("| os | 2 | 2 | 1 | 50.0% |", markdown.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("**Overall:** 1/3 = 33.3%", markdown.StandardOutput, StringComparison.Ordinal);

        var osworld = await DeskbenchCli.RunAsync(Timeout, "export", runA, "--format", "osworld");
        Assert.True(osworld.Succeeded, osworld.StandardError);
        var allResult = Path.Combine(runA, "all_result.json");
        Assert.Contains(allResult, osworld.StandardOutput, StringComparison.Ordinal);
        Assert.Equal("{\"os\": {\"t1\": 1.0, \"t2\": 0.0}}\n", await File.ReadAllTextAsync(allResult, TestContext.Current.CancellationToken));

        var compare = await DeskbenchCli.RunAsync(Timeout, "compare", runA, runB);
        Assert.True(compare.Succeeded, compare.StandardError);
        Assert.Contains("Tasks that differ: 3", compare.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"overall\s+\|\s+3\s+\|\s+33.3%\s+\|\s+3\s+\|\s+66.7%\s+\|\s+\+33.3 pp", compare.StandardOutput);
    }

    [Fact]
    public async Task A_folder_without_results_is_one_error_line_and_exit_2()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_scratch, "empty")).FullName;

        var export = await DeskbenchCli.RunAsync(Timeout, "export", empty, "--format", "csv");
        var compare = await DeskbenchCli.RunAsync(Timeout, "compare", empty, Path.Combine(_scratch, "missing"));

        Assert.Equal(2, export.ExitCode);
        var line = Assert.Single(export.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("deskbench: error: RESULTS", line, StringComparison.Ordinal);
        Assert.Contains("no results found", line, StringComparison.Ordinal);
        Assert.Equal("", export.StandardOutput);
        Assert.Equal(2, compare.ExitCode);
        Assert.StartsWith("deskbench: error: RUN_A", compare.StandardError, StringComparison.Ordinal);
    }

    /// <summary>Writes run.json listing the tasks and, per task, result.json (+ result.txt when scored); a null score is an agent error.</summary>
    private async Task<string> WriteRunAsync(string name, params (string Domain, string Id, double? Score)[] tasks)
    {
        var ct = TestContext.Current.CancellationToken;
        var run = Directory.CreateDirectory(Path.Combine(_scratch, name, "pyautogui", "screenshot", "m1")).FullName;
        var manifest = new JsonObject
        {
            ["run_id"] = name, ["started_at"] = "2025-01-01T00:00:00+00:00", ["status"] = "finished", ["agent"] = "scripted",
            ["provider"] = "local", ["observation_type"] = "screenshot", ["action_space"] = "pyautogui", ["max_steps"] = 15,
            ["deskbench_version"] = "0.1.0",
            ["machine"] = new JsonObject { ["os"] = "Linux", ["architecture"] = "x64", ["cores"] = 2, ["framework"] = ".NET", ["host_name"] = "h" },
            ["tasks"] = new JsonArray([.. tasks.Select(t => (JsonNode)new JsonObject
            {
                ["id"] = t.Id, ["domain"] = t.Domain, ["content_hash"] = "h-" + t.Id, ["source_path"] = "/x.json",
            })]),
        };
        await File.WriteAllTextAsync(Path.Combine(run, "run.json"), manifest.ToJsonString(), ct);
        foreach (var (domain, id, score) in tasks)
        {
            var folder = Directory.CreateDirectory(Path.Combine(run, domain, id)).FullName;
            var result = new JsonObject
            {
                ["task_id"] = id, ["domain"] = domain, ["status"] = score is null ? "agent_error" : "scored", ["score"] = score,
                ["finish_reason"] = "done", ["steps"] = 1, ["actions"] = 1, ["error"] = score is null ? "it broke" : null,
                ["started_at"] = "2025-01-01T00:00:00+00:00", ["finished_at"] = "2025-01-01T00:01:00+00:00",
            };
            await File.WriteAllTextAsync(Path.Combine(folder, "result.json"), result.ToJsonString(), ct);
            if (score is { } s)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, "result.txt"), s.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "\n", ct);
            }
        }

        return run;
    }
}
