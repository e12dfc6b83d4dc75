using Deskbench.Core.Environments;
using System.Diagnostics;

namespace Deskbench.Infra.Local.Tests;

/// <summary>Desktop tier: environments side by side, and that disposal leaves nothing behind.</summary>
public sealed class EnvironmentLifecycleTests : IDisposable
{
    private readonly string _workDirectory = LocalTestSupport.NewWorkDirectory();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_environments_side_by_side_are_separate_and_both_answer()
    {
        DesktopPrerequisites.SkipIfMissing();
        var provider = LocalTestSupport.Provider();

        var acquisitions = await Task.WhenAll(
            provider.AcquireAsync(LocalTestSupport.Request(_workDirectory, "a"), Token),
            provider.AcquireAsync(LocalTestSupport.Request(_workDirectory, "b"), Token));
        await using var first = (LocalDesktopEnvironment)acquisitions[0];
        await using var second = (LocalDesktopEnvironment)acquisitions[1];

        Assert.NotEqual(first.Display, second.Display);
        Assert.NotEqual(first.GuestUrl.Port, second.GuestUrl.Port);
        Assert.NotEqual(first.HomeDirectory, second.HomeDirectory);
        Assert.NotEqual(first.Id, second.Id);
        foreach (var environment in new[] { first, second })
        {
            Assert.Equal("Linux", await environment.Guest.GetPlatformAsync(Token));
            var home = await environment.Guest.ExecuteAsync(Core.Guest.CommandRequest.FromShell("echo $HOME"), Token);
            Assert.Equal(environment.HomeDirectory, home.Output.Trim());
        }
    }

    [Fact]
    public async Task Dispose_kills_every_process_of_the_display_and_deletes_home()
    {
        DesktopPrerequisites.SkipIfMissing();
        var environment = (LocalDesktopEnvironment)await LocalTestSupport.Provider()
            .AcquireAsync(LocalTestSupport.Request(_workDirectory), Token);
        var display = environment.Display;
        var pid = environment.ProcessId;
        var home = environment.HomeDirectory;
        Assert.NotEmpty(LocalTestSupport.ProcessesUsingDisplay(display));
        Assert.Contains(LocalTestSupport.ProcessesUsingDisplay(display), line => line.Contains("Xvfb", StringComparison.Ordinal));

        var clock = Stopwatch.StartNew();
        await environment.DisposeAsync();
        clock.Stop();

        Assert.Empty(LocalTestSupport.ProcessesUsingDisplay(display));
        Assert.Empty(ProcessGroup.LiveMembers(pid));
        Assert.False(Directory.Exists(home), $"{home} should be deleted");
        Assert.False(DisplayReservations.Shared.IsReserved(environment.DisplayNumber));
        TestContext.Current.TestOutputHelper?.WriteLine($"teardown of {display} took {clock.ElapsedMilliseconds} ms");

        await environment.DisposeAsync(); // idempotent
    }

    [Fact]
    public async Task Keep_home_leaves_the_home_folder_and_a_deep_work_folder_gets_a_short_runtime_folder()
    {
        DesktopPrerequisites.SkipIfMissing();
        // Unix socket paths (the buses live in XDG_RUNTIME_DIR) are limited to 108 bytes: a deep work folder must not break them.
        var deepWorkDirectory = Path.Combine(_workDirectory, new string('w', 40), new string('x', 40));
        var environment = (LocalDesktopEnvironment)await LocalTestSupport.Provider(new LocalProviderOptions { KeepHome = true })
            .AcquireAsync(LocalTestSupport.Request(deepWorkDirectory), Token);
        await environment.Guest.ExecuteAsync(Core.Guest.CommandRequest.FromShell("echo kept > $HOME/marker"), Token);
        var runtime = (await environment.Guest.ExecuteAsync(Core.Guest.CommandRequest.FromShell("echo $XDG_RUNTIME_DIR"), Token)).Output.Trim();
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "deskbench-run-"), runtime);
        Assert.StartsWith(deepWorkDirectory, environment.HomeDirectory);

        await environment.DisposeAsync();

        Assert.Equal("kept\n", File.ReadAllText(Path.Combine(environment.HomeDirectory, "marker")));
        Assert.False(Directory.Exists(runtime), $"{runtime} should be deleted");
        Assert.Empty(LocalTestSupport.ProcessesUsingDisplay(environment.Display));
    }

    public void Dispose() => Directory.Delete(_workDirectory, recursive: true);
}
