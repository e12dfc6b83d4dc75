using System.Diagnostics;
using System.Globalization;

namespace Deskbench.EndToEnd.Tests;

/// <summary>
/// <c>deskbench run</c> interrupted mid-suite on the local provider (real Xvfb, openbox, xterm, mousepad, Chromium): by
/// Ctrl+C (SIGINT) and by SIGKILL. Afterwards no process of the run may be left, no result may be half-written, and the
/// same command resumes: it skips the finished tasks and scores the rest.
/// </summary>
public sealed class InterruptionTests : IDisposable
{
    /// <summary>Ctrl+C cancels the run's token; System.CommandLine gives the run 30 s before it gives up on it.</summary>
    private static readonly TimeSpan InterruptExitLimit = TimeSpan.FromSeconds(30);

    /// <summary>The guest polls its parent every 500 ms; its teardown (SIGTERM to its children, then SIGKILL) is bounded too.</summary>
    private static readonly TimeSpan OrphanTeardownLimit = TimeSpan.FromSeconds(10);

    private readonly InterruptionSuiteRun _suite = new();

    public void Dispose() => _suite.Dispose();

    [Fact]
    public async Task Ctrl_C_mid_run_exits_promptly_with_nothing_left_running_or_half_written_and_a_rerun_finishes_the_rest()
    {
        InterruptionSuiteRun.RequireDesktop();
        await using var run = _suite.Start();
        await InterruptDuringThirdTaskAsync(run);

        var clock = Stopwatch.StartNew();
        await run.InterruptAsync();
        var exitCode = await run.WaitForExitAsync(InterruptExitLimit);
        var output = $"{run.StandardOutput}\n{run.StandardError}";
        Assert.True(exitCode is not null, $"deskbench run was still running {InterruptExitLimit.TotalSeconds:0} s after SIGINT\n{output}");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("cancelled", run.StandardError, StringComparison.Ordinal);
        TestContext.Current.SendDiagnosticMessage($"SIGINT → exit {exitCode} after {clock.Elapsed.TotalSeconds:0.0} s");

        // The CLI stops its desktops itself before it exits: nothing of the run may remain, however it is parented.
        var leaked = await InterruptionProcessScan.WaitUntilNoneAsync(run.Marker, TimeSpan.FromSeconds(1));
        Assert.True(leaked.Count == 0, $"processes of the run still running after it exited on SIGINT:\n{string.Join('\n', leaked)}\n{output}");
        InterruptionSuiteRun.AssertNoDesktopLeftovers(run, includingRuntimeFolders: true);

        var finished = _suite.Results.AssertConsistentAndReadScores();
        Assert.InRange(finished.Count, 2, _suite.TaskCount - 1);
        Assert.Equal("cancelled", (string?)_suite.Results.ReadManifest()["status"]);
        var runId = _suite.RememberRunId();
        var homes = Directory.Exists(InterruptionSuiteRun.WorkFolder(runId))
            ? Directory.GetDirectories(InterruptionSuiteRun.WorkFolder(runId), "home-*", SearchOption.AllDirectories)
            : [];
        Assert.True(homes.Length == 0, $"desktop HOME folders left in the run's scratch folder: {string.Join(", ", homes)}");

        await _suite.AssertRerunFinishesTheRestAsync(finished);
    }

    [Fact]
    public async Task Kill_9_mid_run_leaves_no_desktop_behind_for_long_and_a_rerun_finishes_the_rest()
    {
        InterruptionSuiteRun.RequireDesktop();
        await using var run = _suite.Start();
        await InterruptDuringThirdTaskAsync(run);
        var parentPid = $"--parent-pid {run.Id.ToString(CultureInfo.InvariantCulture)}";
        var guest = InterruptionProcessScan.FindMarked(run.Marker).FirstOrDefault(p => p.CommandLine.Contains(parentPid, StringComparison.Ordinal));
        Assert.True(guest is not null, $"no guest started with {parentPid} is running: {string.Join('\n', InterruptionProcessScan.FindMarked(run.Marker))}");

        run.KillHard();
        var exitCode = await run.WaitForExitAsync(TimeSpan.FromSeconds(10));
        Assert.True(exitCode is not null, "deskbench run survived SIGKILL");
        var clock = Stopwatch.StartNew();

        // Nobody is left to stop the desktop: the guest notices its parent is gone and tears its session down itself.
        var leaked = await InterruptionProcessScan.WaitUntilNoneAsync(run.Marker, OrphanTeardownLimit);
        Assert.True(leaked.Count == 0, $"processes of the killed run still running {OrphanTeardownLimit.TotalSeconds:0} s later (guest was {guest}):\n{string.Join('\n', leaked)}");
        TestContext.Current.SendDiagnosticMessage($"SIGKILL → every process of the run gone after {clock.Elapsed.TotalSeconds:0.0} s");

        // The guest's own teardown unmounts what its session mounted; the interrupted desktop's runtime folder (and the
        // episode's scratch folder) stay, as nobody is left to delete them — removed here, a known limit of SIGKILL.
        InterruptionSuiteRun.AssertNoDesktopLeftovers(run, includingRuntimeFolders: false);

        var finished = _suite.Results.AssertConsistentAndReadScores();
        Assert.InRange(finished.Count, 2, _suite.TaskCount - 1);
        _suite.RememberRunId();

        await _suite.AssertRerunFinishesTheRestAsync(finished);
    }

    /// <summary>
    /// Waits until two tasks are done and the next task's desktop is up (its Xvfb and openbox run), so the interruption
    /// lands on a live desktop rather than between episodes.
    /// </summary>
    private async Task InterruptDuringThirdTaskAsync(InterruptionCliProcess run)
    {
        await run.WaitForOutputAsync(_suite.ProgressLine(2), InterruptionSuiteRun.RunLimit);
        foreach (var program in new[] { "Xvfb", "openbox" })
        {
            var process = await InterruptionProcessScan.WaitForAsync(run.Marker, p => p.Name == program, TimeSpan.FromSeconds(20));
            Assert.True(process is not null, $"the third task's desktop did not come up ({program} not seen)\n{run.StandardOutput}\n{run.StandardError}");
        }
    }
}
