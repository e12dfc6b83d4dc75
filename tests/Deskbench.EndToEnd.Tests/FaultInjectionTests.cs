using System.Text.Json.Nodes;
using Deskbench.Testing;

namespace Deskbench.EndToEnd.Tests;

/// <summary>
/// Injected infrastructure faults through the real CLI on the local provider: the guest launch command is a script that
/// refuses every second start, and whose first desktop's guest is SIGKILLed in the middle of the episode (as soon as the
/// task's first action has taken effect). Both tasks must still be scored 1.0, and every failed try must show in the
/// results.
/// </summary>
public sealed class FaultInjectionTests : IDisposable
{
    private const string TerminalTask = "1e878710-9bae-5f2c-94e1-005f2cc2a347";
    private const string FilesTask = "61077349-f381-5b65-8cbe-6b49f0a462a0";

    private readonly string _scratch = Directory.CreateTempSubdirectory("deskbench-faults-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task Failing_starts_and_a_guest_killed_mid_episode_are_retried_and_the_tasks_scored()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("the local provider needs Linux");
            return;
        }

        DesktopTier.RequireXvfb();
        DesktopTier.RequireCommands("setsid", "sh", "kill", "sleep", "xterm");
        var guest = Path.Combine(AppContext.BaseDirectory, "deskbench-guest.dll");
        Assert.True(File.Exists(guest), $"the guest was not built next to the tests: {guest}");
        var counter = Path.Combine(_scratch, "starts");
        var script = Path.Combine(_scratch, "faulty-guest.sh");
        // Start n: even → refused before the ready line; 1 → the real guest (its own exit passed on if it fails to start), killed once the terminal task's first action
        // has created ~/hello.txt (the run pauses 2 s after each action, so the kill lands mid-episode); others → the real guest.
        await File.WriteAllTextAsync(script, $$"""
            #!/bin/sh
            n=$(( $(cat '{{counter}}' 2>/dev/null || echo 0) + 1 ))
            echo "$n" > '{{counter}}'
            if [ $((n % 2)) -eq 0 ]; then
              echo "fault injection: start $n refused" >&2
              exit 1
            fi
            if [ "$n" -eq 1 ]; then
              dotnet '{{guest}}' "$@" &
              guest=$!
              while [ ! -e "$HOME/hello.txt" ]; do
                if ! kill -0 "$guest" 2>/dev/null; then
                  wait "$guest"
                  exit $?
                fi
                sleep 0.05
              done
              kill -9 "$guest"
              echo "fault injection: guest $guest killed" >&2
              wait "$guest"
              exit 0
            fi
            exec dotnet '{{guest}}' "$@"
            """, TestContext.Current.CancellationToken);
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        // A copy of the example suite with an index of the two tasks (the index names tasks under its own folder).
        var suite = Path.Combine(_scratch, "suite");
        CopyFolder(DeskbenchCli.ExampleSuite, suite);
        var index = Path.Combine(suite, "faults.json");
        await File.WriteAllTextAsync(index, $$"""{"terminal": ["{{TerminalTask}}"], "files": ["{{FilesTask}}"]}""", TestContext.Current.CancellationToken);
        var results = Path.Combine(_scratch, "results");
        await using var run = InterruptionCliProcess.Start(
            new Dictionary<string, string>
            {
                ["DESKBENCH_LOCAL_GUEST_COMMAND"] = script,
                ["DESKBENCH_LOCAL_READY_TIMEOUT"] = "120",
                // Its own display numbers: the start count above must not be disturbed by another test's X server taking
                // the display this run picked (the provider would then retry on the next one, one start more).
                ["DESKBENCH_LOCAL_DISPLAY_START"] = "420",
            },
            "run", "--tasks", index, "--agent", "scripted", "--provider", "local", "--results", results, "--model", "faults",
            "--pause-after-action", "2", "--infra-retries", "3", "--infra-retry-delay", "0.2", "--plain");
        var exitCode = await run.WaitForExitAsync(TimeSpan.FromMinutes(3));
        var output = $"{run.StandardOutput}\n{run.StandardError}";
        Assert.True(exitCode == 0, $"exit code {exitCode}\n{output}");
        Assert.Equal("5", (await File.ReadAllTextAsync(counter, TestContext.Current.CancellationToken)).Trim());
        Assert.Contains("retrying on a fresh desktop (attempt 3)", run.StandardOutput, StringComparison.Ordinal);

        var terminal = await ReadResultAsync(results, "terminal", TerminalTask);
        Assert.Equal("scored", (string?)terminal["status"]);
        Assert.Equal(1.0, (double)terminal["score"]!);
        var attempts = terminal["attempts"]!.AsArray();
        TestContext.Current.TestOutputHelper?.WriteLine($"attempts: {attempts.ToJsonString()}\n{run.StandardOutput}\n{run.StandardError}");
        Assert.True(attempts.Count == 3, attempts.ToJsonString());
        Assert.Equal("infra_error", (string?)attempts[0]!["status"]);
        Assert.True(((string?)attempts[0]!["error"])!.Contains("guest unavailable", StringComparison.Ordinal), attempts.ToJsonString());
        Assert.Equal("infra_error", (string?)attempts[1]!["status"]);
        Assert.Contains("fault injection: start 2 refused", (string?)attempts[1]!["error"], StringComparison.Ordinal);
        Assert.Equal("scored", (string?)attempts[2]!["status"]);

        var files = await ReadResultAsync(results, "files", FilesTask);
        Assert.Equal(1.0, (double)files["score"]!);
        Assert.Equal(["infra_error", "scored"], files["attempts"]!.AsArray().Select(a => (string?)a!["status"]));

        // The episode log keeps every attempt's events, although each retry starts from a wiped task folder.
        var log = await File.ReadAllLinesAsync(
            Path.Combine(results, "pyautogui", "screenshot", "faults", "terminal", TerminalTask, "episode.log.jsonl"), TestContext.Current.CancellationToken);
        Assert.Equal([1, 2, 3], log.Select(l => (int)JsonNode.Parse(l)!["attempt"]!).Distinct().Order());

        var leaked = await InterruptionProcessScan.WaitUntilNoneAsync(run.Marker, TimeSpan.FromSeconds(5));
        Assert.True(leaked.Count == 0, $"still running after the run ended:\n{string.Join('\n', leaked)}");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static async Task<JsonNode> ReadResultAsync(string results, string domain, string taskId) =>
        JsonNode.Parse(await File.ReadAllTextAsync(
            Path.Combine(results, "pyautogui", "screenshot", "faults", domain, taskId, "result.json"), TestContext.Current.CancellationToken))!;
}
