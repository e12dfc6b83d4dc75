using Deskbench.Core.Actions;
using Deskbench.Guest.Linux;
using Deskbench.Testing;

namespace Deskbench.Guest.Tests.Linux;

[Collection(X11DesktopCollection.Name)]
public sealed class X11ScreenCaptureTests(X11DesktopFixture fixture)
{
    private const int Red = 0xff0000;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Screenshot_shows_a_freshly_started_xterm_over_the_root_background()
    {
        var desktop = fixture.Require("xterm");
        await using var xterm = DesktopApp.Start(desktop.Display, "xterm", ["-bg", "red", "-geometry", "60x20+300+200", "-title", "capture-probe"]);
        var window = await ScreenPixels.SettledWindowAsync(desktop.Backend.Windows, (await xterm.WaitForWindowTitledAsync("capture-probe", cancellationToken: Cancel)).Id);
        await desktop.Backend.Input.ExecuteAsync(new MoveAction(5, 5), Cancel);

        using var shot = ScreenPixels.Capture(desktop.Backend.Screen);

        Assert.Equal((1920, 1080), (shot.Width, shot.Height));
        Assert.Equal(Red, ScreenPixels.Rgb(shot, window.X + window.Width - 10, window.Y + window.Height - 10));
        Assert.Equal(Red, ScreenPixels.Rgb(shot, window.X + (window.Width / 2), window.Y + window.Height - 5));
        Assert.NotEqual(Red, ScreenPixels.Rgb(shot, 1900, 1060));
    }

    [Fact]
    public async Task Cursor_is_drawn_at_the_pointer_only_when_asked()
    {
        var desktop = fixture.Require();
        var screen = desktop.Backend.Screen;
        await desktop.Backend.Input.ExecuteAsync(new MoveAction(1700, 900), Cancel);

        using var withCursor = ScreenPixels.Capture(screen, includeCursor: true);
        using var withoutCursor = ScreenPixels.Capture(screen, includeCursor: false);

        var background = ScreenPixels.Rgb(withoutCursor, 1700, 900);
        Assert.All(Enumerable.Range(0, 60), i => Assert.Equal(background, ScreenPixels.Rgb(withoutCursor, 1680 + i, 880 + i)));
        Assert.True(ScreenPixels.CountDifferences(withCursor, withoutCursor, 1680, 880, 60, 60) >= 20, "the cursor should change the pixels around the pointer");
        Assert.Equal(0, ScreenPixels.CountDifferences(withCursor, withoutCursor, 1000, 100, 60, 60));
    }

    [Fact]
    public async Task XGetImage_fallback_captures_the_same_pixels_as_shared_memory()
    {
        var desktop = fixture.Require("xterm");
        await using var xterm = DesktopApp.Start(desktop.Display, "xterm", ["-bg", "blue", "-geometry", "40x10+100+100", "-title", "fallback-probe"]);
        await xterm.WaitForWindowTitledAsync("fallback-probe", cancellationToken: Cancel);
        using var fallback = LinuxDesktopBackend.Open(desktop.Display.Name, preferSharedMemory: false);
        Assert.False(((X11ScreenCapture)fallback.Screen).UsesSharedMemory);
        Assert.True(((X11ScreenCapture)desktop.Backend.Screen).UsesSharedMemory, "Xvfb offers MIT-SHM, so the main backend should use it");

        using var viaSharedMemory = ScreenPixels.Capture(desktop.Backend.Screen, includeCursor: false);
        using var viaGetImage = ScreenPixels.Capture(fallback.Screen, includeCursor: false);

        Assert.Equal(0x0000ff, ScreenPixels.Rgb(viaGetImage, 110, 140));
        Assert.Equal(0, ScreenPixels.CountDifferences(viaSharedMemory, viaGetImage, 0, 0, 600, 400));
    }
}
