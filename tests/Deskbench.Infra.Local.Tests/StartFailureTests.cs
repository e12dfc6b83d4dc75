using Deskbench.Core.Environments;
using System.Diagnostics;

namespace Deskbench.Infra.Local.Tests;

/// <summary>
/// Start-up failures with stand-in guests (plain shell commands): they need no desktop, only setsid and /bin/sh, and show
/// that nothing leaks — no process, no HOME, no display reservation.
/// </summary>
public sealed class StartFailureTests : IDisposable
{
    private readonly string _workDirectory = LocalTestSupport.NewWorkDirectory();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Guest_that_never_answers_fails_within_the_readiness_timeout_and_is_killed()
    {
        SkipWithoutSetsid();
        // A unique sleep so the test can find it in /proc; the shell stays its parent, in the same process group.
        var sleep = $"60.{Random.Shared.Next(100000, 999999)}";
        var provider = LocalTestSupport.Provider(new LocalProviderOptions
        {
            GuestCommand = ["/bin/sh", "-c", $"sleep {sleep}; true", "fake-guest"],
            ReadinessTimeout = TimeSpan.FromSeconds(1.5),
            DisplayRangeStart = 900,
        });

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<EnvironmentStartException>(
            () => provider.AcquireAsync(LocalTestSupport.Request(_workDirectory), Token));
        clock.Stop();

        Assert.Contains("no ready line within 1.5 s", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Empty(LocalTestSupport.ProcessesWithArguments("sleep", sleep));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_workDirectory));
        Assert.False(DisplayReservations.Shared.IsReserved(900));
    }

    [Fact]
    public async Task Guest_that_exits_early_reports_its_exit_code_and_stderr()
    {
        SkipWithoutSetsid();
        var provider = LocalTestSupport.Provider(new LocalProviderOptions
        {
            GuestCommand = ["/bin/sh", "-c", "echo starting; echo 'cannot open libX11' >&2; exit 3", "fake-guest"],
            DisplayRangeStart = 910,
        });

        var error = await Assert.ThrowsAsync<EnvironmentStartException>(
            () => provider.AcquireAsync(LocalTestSupport.Request(_workDirectory), Token));

        Assert.Contains("code 3", error.Message);
        Assert.Contains("cannot open libX11", error.Message);
        Assert.Contains(":910", error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_workDirectory));
    }

    [Fact]
    public async Task Guest_reporting_its_display_occupied_makes_the_provider_try_the_next_display()
    {
        SkipWithoutSetsid();
        // Display 920 "is occupied": the stand-in fails there like the guest does; on any other display it also fails,
        // differently, so the test sees which displays were tried.
        var script = "case \"$*\" in *':920 '*) echo 'display :920 is occupied' >&2; exit 2;; *) echo 'no X here' >&2; exit 5;; esac";
        var provider = LocalTestSupport.Provider(new LocalProviderOptions
        {
            GuestCommand = ["/bin/sh", "-c", script, "fake-guest"],
            DisplayRangeStart = 920,
            DisplayRangeCount = 5,
        });

        var error = await Assert.ThrowsAsync<EnvironmentStartException>(
            () => provider.AcquireAsync(LocalTestSupport.Request(_workDirectory), Token));

        Assert.Contains(":921", error.Message);
        Assert.Contains("no X here", error.Message);
        Assert.False(DisplayReservations.Shared.IsReserved(920));
        Assert.False(DisplayReservations.Shared.IsReserved(921));
    }

    [Fact]
    public async Task Cancelling_an_acquisition_kills_the_guest_and_removes_its_home()
    {
        SkipWithoutSetsid();
        var sleep = $"60.{Random.Shared.Next(100000, 999999)}";
        var provider = LocalTestSupport.Provider(new LocalProviderOptions
        {
            GuestCommand = ["/bin/sh", "-c", $"sleep {sleep}; true", "fake-guest"],
            ReadinessTimeout = TimeSpan.FromSeconds(30),
            DisplayRangeStart = 930,
        });
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var acquisition = provider.AcquireAsync(LocalTestSupport.Request(_workDirectory), cancellation.Token);
        Assert.True(await LocalTestSupport.EventuallyAsync(
            () => LocalTestSupport.ProcessesWithArguments("sleep", sleep).Count > 0, TimeSpan.FromSeconds(5)));

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => acquisition);
        Assert.Empty(LocalTestSupport.ProcessesWithArguments("sleep", sleep));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_workDirectory));
        Assert.False(DisplayReservations.Shared.IsReserved(930));
    }

    [Fact]
    public async Task Missing_guest_program_is_an_environment_start_failure()
    {
        SkipWithoutSetsid();
        var provider = LocalTestSupport.Provider(new LocalProviderOptions { GuestCommand = ["/nonexistent/deskbench-guest"], DisplayRangeStart = 940 });

        var error = await Assert.ThrowsAsync<EnvironmentStartException>(
            () => provider.AcquireAsync(LocalTestSupport.Request(_workDirectory), Token));

        Assert.Contains("/nonexistent/deskbench-guest", error.Message);
    }

    public void Dispose() => Directory.Delete(_workDirectory, recursive: true);

    private static void SkipWithoutSetsid()
    {
        if (!OperatingSystem.IsLinux() || !DesktopPrerequisites.IsOnPath("setsid"))
        {
            Assert.Skip("setsid (util-linux) is needed to start a guest in its own process group");
        }
    }
}
