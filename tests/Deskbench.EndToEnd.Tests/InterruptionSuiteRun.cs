using System.Text.Json.Nodes;
using Deskbench.Testing;

namespace Deskbench.EndToEnd.Tests;

/// <summary>
/// The example suite run with the scripted agent into one results folder, as the interruption tests start it, interrupt it
/// and start it again. Deletes the results and the runs' scratch folders on disposal.
/// </summary>
internal sealed class InterruptionSuiteRun : IDisposable
{
    public const string Model = "scripted";

    /// <summary>Bound on a whole (re)run of the suite; it takes about 30 s on 2 cores.</summary>
    public static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(4);

    private readonly string _resultsRoot = Directory.CreateTempSubdirectory("deskbench-interrupt-").FullName;
    private readonly List<string> _runIds = [];

    public InterruptionSuiteRun()
    {
        Results = new InterruptionResultsFolder(_resultsRoot, Model);
        TaskCount = JsonNode.Parse(File.ReadAllText(IndexFile))!.AsObject().Sum(domain => domain.Value!.AsArray().Count);
    }

    public static string IndexFile => Path.Combine(DeskbenchCli.ExampleSuite, "test_all.json");

    public InterruptionResultsFolder Results { get; }

    public int TaskCount { get; }

    /// <summary>Skips the test, with the reason printed, unless the desktop tier's programs are installed.</summary>
    public static void RequireDesktop() =>
        DesktopTier.RequireCommands("Xvfb", "openbox", "xterm", "mousepad", "chromium", "dbus-daemon", "setsid", "env", "kill");

    /// <summary>The progress line prefix printed when the <paramref name="n"/>-th task is done, e.g. <c>[  2/14]</c>.</summary>
    public string ProgressLine(int n) => $"[{n,3}/{TaskCount}]";

    /// <summary>Starts the suite; <c>--verbose</c> so the log names every environment (see <see cref="InterruptionDesktopLeftovers"/>).</summary>
    public InterruptionCliProcess Start() => InterruptionCliProcess.Start(
        new Dictionary<string, string>(),
        "run", "--tasks", IndexFile, "--agent", "scripted", "--provider", "local", "--results", _resultsRoot, "--model", Model, "--verbose");

    /// <summary>Notes the run id in run.json, so the run's scratch folder can be checked and removed.</summary>
    public string RememberRunId()
    {
        var runId = (string)Results.ReadManifest()["run_id"]!;
        _runIds.Add(runId);
        return runId;
    }

    /// <summary>The episode runner's scratch folder of a run (the local provider puts each desktop's HOME inside it).</summary>
    public static string WorkFolder(string runId) => Path.Combine(Path.GetTempPath(), "deskbench-work", runId);

    /// <summary>
    /// Starts the same command again into the same results folder and asserts it skips exactly <paramref name="finished"/>
    /// and scores 1.0 on every other task, leaving a consistent folder and no process behind.
    /// </summary>
    public async Task AssertRerunFinishesTheRestAsync(IReadOnlyDictionary<string, double> finished)
    {
        await using var rerun = Start();
        var exitCode = await rerun.WaitForExitAsync(RunLimit);
        var output = $"{rerun.StandardOutput}\n{rerun.StandardError}";
        Assert.True(exitCode == 0, $"the rerun exited with {exitCode?.ToString() ?? "nothing (still running)"}\n{output}");
        RememberRunId();

        var skipped = rerun.StandardOutput.Split('\n').Where(l => l.Contains("already finished, skipped", StringComparison.Ordinal)).ToList();
        Assert.Equal(finished.Count, skipped.Count);
        Assert.All(finished.Keys, id => Assert.Contains(skipped, l => l.Contains(id, StringComparison.Ordinal)));

        var scores = Results.AssertConsistentAndReadScores();
        Assert.Equal(TaskCount, scores.Count);
        Assert.All(scores, s => Assert.True(s.Value == 1.0, $"{s.Key} scored {s.Value}\n{output}"));
        Assert.Empty(Results.UnfinishedTaskIds());
        Assert.Equal("finished", (string?)Results.ReadManifest()["status"]);
        var leaked = await InterruptionProcessScan.WaitUntilNoneAsync(rerun.Marker, TimeSpan.FromSeconds(5));
        Assert.True(leaked.Count == 0, $"processes of the rerun still running after it exited:\n{string.Join('\n', leaked)}");
        AssertNoDesktopLeftovers(rerun, includingRuntimeFolders: true);
    }

    /// <summary>
    /// Asserts the desktops of <paramref name="run"/> left no mount behind and, when the CLI lived to clean up
    /// (<paramref name="includingRuntimeFolders"/>), no runtime folder either.
    /// </summary>
    public static void AssertNoDesktopLeftovers(InterruptionCliProcess run, bool includingRuntimeFolders)
    {
        var environments = InterruptionDesktopLeftovers.EnvironmentIds(run.StandardError);
        Assert.True(environments.Count > 0, $"the verbose log names no environment:\n{run.StandardError}");
        var mounts = InterruptionDesktopLeftovers.Mounts(environments);
        Assert.True(mounts.Count == 0, $"mounts left behind by the run's desktops: {string.Join(", ", mounts)}");
        var folders = InterruptionDesktopLeftovers.RuntimeFolders(environments);
        if (includingRuntimeFolders)
        {
            Assert.True(folders.Count == 0, $"runtime folders left behind by the run's desktops: {string.Join(", ", folders)}");
        }

        foreach (var folder in folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public void Dispose()
    {
        foreach (var folder in _runIds.Select(WorkFolder).Append(_resultsRoot).Where(Directory.Exists))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: scratch folders under /tmp.
            }
        }
    }
}
