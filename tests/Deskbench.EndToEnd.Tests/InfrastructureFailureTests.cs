using System.Diagnostics;
using System.Text.Json.Nodes;
using Deskbench.Testing;

namespace Deskbench.EndToEnd.Tests;

/// <summary>
/// Infrastructure failures through the CLI on the local provider: a guest that starts but never answers must end the task
/// as <c>infra_error</c> (retried once on a fresh desktop, then recorded without result.txt so a resumed run redoes it),
/// and must not be left running.
/// </summary>
public sealed class InfrastructureFailureTests : IDisposable
{
    private const string TaskId = "1e878710-9bae-5f2c-94e1-005f2cc2a347";
    private const string Domain = "terminal";

    private readonly string _scratch = Directory.CreateTempSubdirectory("deskbench-infra-failure-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task Guest_that_never_answers_ends_the_task_as_infra_error_without_result_txt_and_is_stopped()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("the local provider needs Linux");
            return;
        }

        DesktopTier.RequireCommands("setsid", "sleep", "env", "sh");
        // A guest that never prints its ready line nor answers HTTP. The provider appends its own arguments (--session …),
        // which `sleep` itself would reject at once, so a script stands in for the guest and ignores them.
        var silentGuest = Path.Combine(_scratch, "silent-guest.sh");
        await File.WriteAllTextAsync(silentGuest, "#!/bin/sh\nexec sleep 600\n", TestContext.Current.CancellationToken);
        File.SetUnixFileMode(silentGuest, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var results = Path.Combine(_scratch, "results");
        var task = Path.Combine(DeskbenchCli.ExampleSuite, "examples", Domain, $"{TaskId}.json");

        var clock = Stopwatch.StartNew();
        await using var run = InterruptionCliProcess.Start(
            new Dictionary<string, string> { ["DESKBENCH_LOCAL_GUEST_COMMAND"] = silentGuest, ["DESKBENCH_LOCAL_READY_TIMEOUT"] = "2" },
            "run", "--tasks", task, "--agent", "scripted", "--provider", "local", "--results", results, "--model", "silent", "--verbose");
        var sleeping = await InterruptionProcessScan.WaitForAsync(run.Marker, p => p.Name == "sleep", TimeSpan.FromSeconds(30));
        Assert.True(sleeping is not null, $"the stand-in guest never started\n{run.StandardOutput}\n{run.StandardError}");
        var exitCode = await run.WaitForExitAsync(TimeSpan.FromSeconds(60));
        var output = $"{run.StandardOutput}\n{run.StandardError}";
        Assert.True(exitCode is not null, $"deskbench run did not finish within 60 s\n{output}");
        TestContext.Current.SendDiagnosticMessage($"infra_error run took {clock.Elapsed.TotalSeconds:0.0} s, exit {exitCode}");

        // A run with a task left in infra_error is incomplete (it needs a resume): exit code 3, with a line that says so.
        Assert.True(exitCode == 3, $"exit code {exitCode}\n{output}");
        Assert.Contains("rerun the same command to resume", output, StringComparison.Ordinal);
        Assert.Contains("retrying on a fresh desktop (attempt 2)", run.StandardOutput, StringComparison.Ordinal);
        var line = Assert.Single(run.StandardOutput.Split('\n'), l => l.StartsWith("[  1/1]", StringComparison.Ordinal));
        Assert.Contains($"{Domain}/{TaskId}: infra_error:", line, StringComparison.Ordinal);
        Assert.Contains("no ready line within 2 s", line, StringComparison.Ordinal);
        Assert.Equal("1", SummaryCell(run.StandardOutput, "total", "infra_error"));
        Assert.Equal("0", SummaryCell(run.StandardOutput, "total", "scored"));

        var taskFolder = Path.Combine(results, "pyautogui", "screenshot", "silent", Domain, TaskId);
        Assert.False(File.Exists(Path.Combine(taskFolder, "result.txt")), "an infra_error must not write result.txt (a resumed run redoes the task)");
        var result = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(taskFolder, "result.json"), TestContext.Current.CancellationToken))!;
        Assert.Equal("infra_error", (string?)result["status"]);
        Assert.Null(result["score"]);
        Assert.Contains("the guest", (string?)result["error"], StringComparison.Ordinal);
        Assert.Contains("no ready line within 2 s", (string?)result["error"], StringComparison.Ordinal);
        Assert.Empty(new InterruptionResultsFolder(results, "silent").AssertConsistentAndReadScores());

        var leaked = await InterruptionProcessScan.WaitUntilNoneAsync(run.Marker, TimeSpan.FromSeconds(1));
        Assert.True(leaked.Count == 0, $"still running after the run ended:\n{string.Join('\n', leaked)}");
        var environments = InterruptionDesktopLeftovers.EnvironmentIds(run.StandardError);
        Assert.Equal(2, environments.Count);
        Assert.Empty(InterruptionDesktopLeftovers.RuntimeFolders(environments));
    }

    [Fact]
    public async Task Ready_timeout_that_is_not_a_positive_number_is_refused_naming_the_variable()
    {
        var results = Path.Combine(_scratch, "refused");
        await using var run = InterruptionCliProcess.Start(
            new Dictionary<string, string> { ["DESKBENCH_LOCAL_READY_TIMEOUT"] = "soon" },
            "run", "--tasks", DeskbenchCli.ExampleSuite, "--agent", "noop", "--provider", "local", "--results", results);
        var exitCode = await run.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, exitCode);
        Assert.Contains("DESKBENCH_LOCAL_READY_TIMEOUT='soon'", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("[  1/", run.StandardOutput, StringComparison.Ordinal);
    }

    /// <summary>A cell of the summary table printed at the end of a run: the row starting with <paramref name="row"/>, the column headed <paramref name="column"/>.</summary>
    private static string SummaryCell(string output, string row, string column)
    {
        var lines = output.Split('\n').Select(l => l.Split('|').Select(c => c.Trim()).ToArray()).Where(c => c.Length > 2).ToList();
        var header = lines.FirstOrDefault(c => c.Contains(column));
        Assert.True(header is not null, $"no summary table with a '{column}' column:\n{output}");
        var cells = lines.LastOrDefault(c => c[0] == row);
        Assert.True(cells is not null, $"no '{row}' row in the summary:\n{output}");
        return cells[Array.IndexOf(header, column)];
    }
}
