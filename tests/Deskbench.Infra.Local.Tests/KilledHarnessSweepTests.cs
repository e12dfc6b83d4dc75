using System.Diagnostics;
using System.Globalization;

namespace Deskbench.Infra.Local.Tests;

/// <summary>
/// Desktop tier: a harness holding a real desktop is killed with SIGKILL. Its guest tears the session down by itself, but
/// nobody is left to delete the desktop's HOME and runtime folder; the next provider created on the machine sweeps them.
/// </summary>
public sealed class KilledHarnessSweepTests : IDisposable
{
    private static readonly TimeSpan ReadyLimit = TimeSpan.FromSeconds(40);
    private static readonly TimeSpan GuestTeardownLimit = TimeSpan.FromSeconds(15);

    private readonly string _workRoot = LocalTestSupport.NewWorkDirectory();
    private readonly string _runtimeRoot = LocalTestSupport.NewWorkDirectory();
    private Process? _child;

    public void Dispose()
    {
        if (_child is { } child)
        {
            try
            {
                child.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            child.Dispose();
        }

        Directory.Delete(_workRoot, recursive: true);
        Directory.Delete(_runtimeRoot, recursive: true);
    }

    [Fact]
    public async Task Folders_of_a_desktop_whose_harness_was_killed_are_swept_by_the_next_provider()
    {
        DesktopPrerequisites.SkipIfMissing();
        _child = KilledHarnessChild.Start(_workRoot, _runtimeRoot);
        var ready = Path.Combine(_workRoot, KilledHarnessChild.ReadyFileName);
        Assert.True(
            await LocalTestSupport.EventuallyAsync(() => File.Exists(ready) || _child.HasExited, ReadyLimit) && File.Exists(ready),
            $"the child harness did not acquire a desktop within {ReadyLimit.TotalSeconds:0} s (exited: {_child.HasExited})");
        var lines = File.ReadAllLines(ready);
        var (home, runtime, guestPid) = (lines[0], lines[1], int.Parse(lines[2], CultureInfo.InvariantCulture));
        Assert.StartsWith(_workRoot + "/", home, StringComparison.Ordinal);
        Assert.StartsWith(Path.Combine(_runtimeRoot, StaleScratchSweeper.RuntimeFolderPrefix), runtime, StringComparison.Ordinal);
        foreach (var folder in new[] { home, runtime })
        {
            var owner = ScratchOwnerFile.TryRead(folder);
            Assert.True(owner is not null, $"{folder} has no owner file");
            Assert.Equal([_child.Id, guestPid], owner.Processes.Select(p => p.Pid));
        }

        _child.Kill(entireProcessTree: false);
        await _child.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(
            await LocalTestSupport.EventuallyAsync(() => ProcessGroup.LiveMembers(guestPid).Count == 0, GuestTeardownLimit),
            $"the guest's group {guestPid} still runs {GuestTeardownLimit.TotalSeconds:0} s after its harness was killed");
        Assert.True(Directory.Exists(home) && Directory.Exists(runtime), "nobody but the sweep removes a killed harness's folders");

        _ = new LocalDesktopProvider(
            new LocalProviderOptions { RuntimeRoot = _runtimeRoot, StaleScratchRoots = [_workRoot] },
            TestOutputLog.Instance);

        Assert.False(Directory.Exists(home), $"{home} should be swept");
        Assert.False(Directory.Exists(runtime), $"{runtime} should be swept");
        Assert.False(Directory.Exists(Path.Combine(_workRoot, "run-killed-harness")), "the run folder emptied by the sweep goes too");
        Assert.True(Directory.Exists(_workRoot), "the work root itself stays");
        Assert.Empty(MountTable.MountPointsUnder(_workRoot));
    }
}
