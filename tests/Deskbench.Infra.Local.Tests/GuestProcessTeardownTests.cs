using System.Diagnostics;

namespace Deskbench.Infra.Local.Tests;

/// <summary>Teardown of a guest process tree that does not cooperate (no desktop needed: plain shell processes).</summary>
public sealed class GuestProcessTeardownTests
{
    [Fact]
    public async Task A_guest_ignoring_SIGTERM_and_a_child_in_its_own_session_are_both_killed()
    {
        if (!OperatingSystem.IsLinux() || !DesktopPrerequisites.IsOnPath("setsid"))
        {
            Assert.Skip("setsid (util-linux) is needed to start a process group");
        }

        var inOwnSession = $"60.{Random.Shared.Next(100000, 999999)}";
        var inGuestGroup = $"61.{Random.Shared.Next(100000, 999999)}";
        var script = $"trap '' TERM; setsid sleep {inOwnSession} & sleep {inGuestGroup}; true";
        var process = GuestProcess.Start(
            ["/bin/sh", "-c", script, "stubborn-guest"], new Dictionary<string, string?>(), "stubborn", TestOutputLog.Instance,
            TimeProvider.System, gracePeriod: TimeSpan.FromMilliseconds(500));
        Assert.True(await LocalTestSupport.EventuallyAsync(
            () => LocalTestSupport.ProcessesWithArguments("sleep", inOwnSession).Count == 1
                && LocalTestSupport.ProcessesWithArguments("sleep", inGuestGroup).Count == 1,
            TimeSpan.FromSeconds(5)));
        var ownSessionPid = LocalTestSupport.ProcessesWithArguments("sleep", inOwnSession)[0];
        Assert.NotEqual(process.Id, ProcessGroup.ReadStat(ownSessionPid)?.GroupId);

        var clock = Stopwatch.StartNew();
        await process.DisposeAsync();
        clock.Stop();

        Assert.Empty(LocalTestSupport.ProcessesWithArguments("sleep", inOwnSession));
        Assert.Empty(LocalTestSupport.ProcessesWithArguments("sleep", inGuestGroup));
        Assert.Empty(ProcessGroup.LiveMembers(process.Id));
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(450), TimeSpan.FromSeconds(4));
    }
}
