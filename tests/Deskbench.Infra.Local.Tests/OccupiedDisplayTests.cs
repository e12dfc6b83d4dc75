using Deskbench.Core.Environments;

namespace Deskbench.Infra.Local.Tests;

/// <summary>Desktop tier: a display held by an X server the provider did not start.</summary>
public sealed class OccupiedDisplayTests : IDisposable
{
    private readonly string _workDirectory = LocalTestSupport.NewWorkDirectory();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Display_pinned_to_an_occupied_number_gives_a_clear_error()
    {
        DesktopPrerequisites.SkipIfMissing();
        var number = PlainXvfb.FindFreePair(300, 50);
        await using var xvfb = await PlainXvfb.StartAsync(number);
        var provider = LocalTestSupport.Provider(new LocalProviderOptions { DisplayRangeStart = number, DisplayRangeCount = 1 });

        var error = await Assert.ThrowsAsync<EnvironmentStartException>(
            () => provider.AcquireAsync(LocalTestSupport.Request(_workDirectory), Token));

        Assert.Contains($"no free X display in :{number}..:{number}", error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_workDirectory));
    }

    [Fact]
    public async Task Occupied_display_with_a_lock_file_is_skipped()
    {
        DesktopPrerequisites.SkipIfMissing();
        var number = PlainXvfb.FindFreePair(350, 50);
        await using var xvfb = await PlainXvfb.StartAsync(number);
        var provider = LocalTestSupport.Provider(new LocalProviderOptions { DisplayRangeStart = number, DisplayRangeCount = 2 });

        await using var environment = (LocalDesktopEnvironment)await provider.AcquireAsync(LocalTestSupport.Request(_workDirectory), Token);

        Assert.Equal(number + 1, environment.DisplayNumber);
        Assert.Equal("Linux", await environment.Guest.GetPlatformAsync(Token));
    }

    [Fact]
    public async Task Occupied_display_without_lock_file_is_found_by_the_guest_and_skipped()
    {
        DesktopPrerequisites.SkipIfMissing();
        var number = PlainXvfb.FindFreePair(400, 50);
        await using var xvfb = await PlainXvfb.StartAsync(number, hideFromFileChecks: true);
        Assert.False(DisplayReservations.IsHeldBySomeXServer(number));
        var provider = LocalTestSupport.Provider(new LocalProviderOptions { DisplayRangeStart = number, DisplayRangeCount = 2 });

        await using var environment = (LocalDesktopEnvironment)await provider.AcquireAsync(LocalTestSupport.Request(_workDirectory), Token);

        Assert.Equal(number + 1, environment.DisplayNumber);
        var home = await environment.Guest.ExecuteAsync(Core.Guest.CommandRequest.FromShell("echo $DISPLAY"), Token);
        Assert.Equal($":{number + 1}", home.Output.Trim());
    }

    public void Dispose() => Directory.Delete(_workDirectory, recursive: true);
}
