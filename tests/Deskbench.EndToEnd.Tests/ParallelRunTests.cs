using System.Globalization;
using System.Text.Json.Nodes;
using Deskbench.Testing;

namespace Deskbench.EndToEnd.Tests;

/// <summary>
/// <c>deskbench run --parallel 2</c> through the CLI on the local provider (real Xvfb desktops side by side): the scripted
/// agent solves the six terminal tasks, two at a time, and every result lists its one attempt.
/// </summary>
public sealed class ParallelRunTests : IDisposable
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);
    private readonly string _results = Path.Combine(Path.GetTempPath(), $"deskbench-e2e-parallel-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_results))
        {
            Directory.Delete(_results, recursive: true);
        }
    }

    [Fact]
    public async Task Two_workers_score_every_terminal_task_with_overlapping_episodes()
    {
        DesktopTier.RequireCommands("Xvfb", "openbox", "xterm", "dbus-daemon");
        var run = await DeskbenchCli.RunAsync(
            RunTimeout, "run", "--tasks", Path.Combine(DeskbenchCli.ExampleSuite, "test_all.json"), "--domain", "terminal",
            "--agent", "scripted", "--provider", "local", "--results", _results, "--model", "parallel", "--parallel", "2");
        var output = $"{run.StandardOutput}\n{run.StandardError}";

        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}\n{output}");
        Assert.Contains("2 at a time", run.StandardOutput, StringComparison.Ordinal);
        var progress = run.StandardOutput.Split('\n').Where(l => l.StartsWith('[')).ToList();
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"[{n,3}/6]"), progress.Select(l => l[..7]));

        var results = Directory.EnumerateFiles(_results, "result.json", SearchOption.AllDirectories).Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToList();
        Assert.Equal(6, results.Count);
        Assert.All(results, r => Assert.True((double?)r["score"] == 1.0, $"{r["task_id"]} scored {r["score"]}\n{output}"));
        Assert.All(results, r => Assert.Equal(1, (int?)Assert.Single(r["attempts"]!.AsArray())!["attempt"]));
        var spans = results.Select(r => (Start: Time(r["started_at"]), End: Time(r["finished_at"]))).ToList();
        Assert.True(
            spans.Any(a => spans.Any(b => a != b && a.Start < b.End && b.Start < a.End)),
            "no two episodes overlapped: " + string.Join(", ", spans.Select(s => $"{s.Start:HH:mm:ss.fff}-{s.End:HH:mm:ss.fff}")));
    }

    [Fact]
    public async Task On_a_terminal_the_run_shows_a_live_progress_display()
    {
        DesktopTier.RequireCommands("Xvfb", "openbox", "xterm", "dbus-daemon", "script");
        var cli = Path.Combine(AppContext.BaseDirectory, "deskbench.dll");
        var task = Path.Combine(DeskbenchCli.ExampleSuite, "examples", "terminal", "69d37ff7-e3e1-50ab-8a6e-37405343f9ba.json");
        var command = $"dotnet '{cli}' run --tasks '{task}' --agent scripted --results '{_results}' --model live";

        // script(1) gives the CLI a pseudo-terminal as its standard output, as an interactive shell would.
        var run = await Tool.RunAsync("script", ["-qec", command, "/dev/null"], timeout: RunTimeout, cancellationToken: TestContext.Current.CancellationToken);
        var output = $"{run.StandardOutput}\n{run.StandardError}";

        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}\n{output}");
        Assert.Contains("deskbench run", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("1/1", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("infra errors", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("ETA", run.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("[  1/1]", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_harness_prints_the_overhead_per_task_at_each_parallel_level()
    {
        DesktopTier.RequireCommands("Xvfb", "openbox", "xterm", "dbus-daemon");
        var run = await DeskbenchCli.RunAsync(
            RunTimeout, "bench", "harness", "--tasks", Path.Combine(DeskbenchCli.ExampleSuite, "examples", "terminal"), "--parallel-levels", "1,2");
        var output = $"{run.StandardOutput}\n{run.StandardError}";

        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}\n{output}");
        var rows = run.StandardOutput.Split('\n')
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Where(c => c.Length == 7 && int.TryParse(c[0], CultureInfo.InvariantCulture, out _))
            .ToList();
        Assert.Equal(["1", "2"], rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal(("6", "6"), (r[1], r[2])));
        Assert.All(rows, r => Assert.InRange(double.Parse(r[5], CultureInfo.InvariantCulture), 0.01, 60));
        Assert.Contains("target: harness overhead", run.StandardOutput, StringComparison.Ordinal);
    }

    private static DateTimeOffset Time(JsonNode? value) => DateTimeOffset.Parse((string)value!, CultureInfo.InvariantCulture);
}
