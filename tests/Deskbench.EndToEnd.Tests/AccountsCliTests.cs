using System.Text.Json.Nodes;
using Deskbench.Testing;
using Deskbench.Testing.GoogleDrive;

namespace Deskbench.EndToEnd.Tests;

/// <summary>
/// <c>deskbench run --accounts</c> on the local provider with a task like OSWorld's Drive tasks, against
/// <see cref="FakeGoogleDrive"/> on loopback: the <c>googledrive</c> setup step cleans and fills the drive and the
/// <c>googledrive_file</c> getter fetches the result (score 1); without <c>--accounts</c> the same task is not run.
/// </summary>
public sealed class AccountsCliTests : IAsyncDisposable
{
    private const string TaskId = "6a1d2b9c-0000-4000-8000-00000000d21e";
    private const string Url = "https://assets.deskbench.invalid/accounts/report.txt";

    private readonly string scratch = Directory.CreateTempSubdirectory("deskbench-accounts-e2e-").FullName;
    private readonly FakeGoogleDrive drive = new();

    [Fact]
    public async Task A_drive_task_scores_with_account_settings_and_is_not_run_without_them()
    {
        DesktopTier.RequireCommands("Xvfb", "openbox", "dbus-daemon");
        drive.Add("report.txt", content: "stale\n"u8.ToArray());
        var tasks = await WriteSuiteAsync();
        var accounts = Directory.CreateDirectory(Path.Combine(scratch, "accounts")).FullName;
        FakeGoogleAccountSettings.WriteDrive(accounts, drive);

        var with = await RunAsync(tasks, "with", "--accounts", accounts);
        var without = await RunAsync(tasks, "without");

        Assert.True(with.ExitCode == 0, $"{with.StandardOutput}\n{with.StandardError}");
        var scored = await ReadResultAsync("with");
        Assert.True((string?)scored["status"] == "scored", scored.ToJsonString());
        Assert.Equal(1.0, (double)scored["score"]!);
        Assert.Equal("quarterly\n"u8.ToArray(), drive.Find("reports", "report.txt")!.Content);
        Assert.Null(drive.Find("report.txt"));

        var notRun = await ReadResultAsync("without");
        Assert.Equal("unsupported", (string?)notRun["status"]);
        Assert.Contains("needs account settings", notRun.ToJsonString(), StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await drive.DisposeAsync();
        Directory.Delete(scratch, recursive: true);
    }

    private Task<ToolResult> RunAsync(string tasks, string model, params string[] extra) => DeskbenchCli.RunAsync(
        TimeSpan.FromMinutes(3),
        ["run", "--tasks", tasks, "--agent", "noop", "--max-steps", "1", "--provider", "local", "--assets", Path.Combine(scratch, "assets"),
         "--results", Path.Combine(scratch, "results"), "--model", model, "--plain", .. extra]);

    private async Task<JsonNode> ReadResultAsync(string model) => JsonNode.Parse(await File.ReadAllTextAsync(
        Path.Combine(scratch, "results", "pyautogui", "screenshot", model, "multi_apps", TaskId, "result.json"), TestContext.Current.CancellationToken))!;

    private async Task<string> WriteSuiteAsync()
    {
        var token = TestContext.Current.CancellationToken;
        var assets = Directory.CreateDirectory(Path.Combine(scratch, "assets")).FullName;
        await File.WriteAllTextAsync(Path.Combine(assets, "report.txt"), "quarterly\n", token);
        await File.WriteAllTextAsync(Path.Combine(assets, "index.json"), new JsonObject { [Url] = "report.txt" }.ToJsonString(), token);
        const string settings = "evaluation_examples/settings/googledrive/settings.yml";
        var task = new JsonObject
        {
            ["id"] = TaskId,
            ["snapshot"] = "multi_apps",
            ["instruction"] = "Nothing to do: the report is already in the reports folder of Google Drive.",
            ["source"] = "deskbench accounts test",
            ["config"] = JsonNode.Parse($$$"""
                [{"type": "googledrive", "parameters": {"settings_file": "{{{settings}}}", "operation": ["delete", "upload"],
                  "args": [{"query": "title = 'report.txt'", "trash": false}, {"url": "{{{Url}}}", "path": ["reports", "report.txt"]}]}}]
                """),
            ["related_apps"] = new JsonArray("chrome"),
            ["evaluator"] = JsonNode.Parse($$$"""
                {"func": "compare_text_file",
                 "result": {"type": "googledrive_file", "settings_file": "{{{settings}}}", "path": ["reports", "report.txt"], "dest": "report.txt"},
                 "expected": {"type": "cloud_file", "path": "{{{Url}}}", "dest": "gold.txt"}}
                """),
        };
        var file = Path.Combine(scratch, "suite", "examples", "multi_apps", TaskId + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, task.ToJsonString(), token);
        return file;
    }
}
