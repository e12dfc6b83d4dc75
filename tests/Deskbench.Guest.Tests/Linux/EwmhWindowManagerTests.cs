using Deskbench.Core.Guest;
using Deskbench.Testing;

namespace Deskbench.Guest.Tests.Linux;

[Collection(X11DesktopCollection.Name)]
public sealed class EwmhWindowManagerTests(X11DesktopFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Lists_managed_windows_with_titles_classes_geometry_and_the_active_one()
    {
        var desktop = fixture.Require("xterm");
        await using var first = await StartXtermAsync(desktop, "Alpha Term", "+200+150");

        var alpha = desktop.Backend.Windows.ListWindows().Single(w => w.Title == "Alpha Term");

        Assert.Equal(("xterm", "XTerm"), (alpha.InstanceName, alpha.ClassName));
        Assert.Equal(first.Window.Id, alpha.Id);
        Assert.InRange(alpha.X, 200, 210);
        Assert.InRange(alpha.Y, 150, 190);
        Assert.InRange(alpha.Width, 100, 1000);
        Assert.InRange(alpha.Height, 50, 1000);
        Assert.True(desktop.Backend.Windows.Activate(new("Alpha Term", Strict: true)));
        Assert.True(desktop.Backend.Windows.ListWindows().Single(w => w.Title == "Alpha Term").IsActive);
    }

    [Fact]
    public async Task Activate_matches_like_wmctrl_substring_strict_and_by_class()
    {
        var desktop = fixture.Require("xterm");
        await using var alpha = await StartXtermAsync(desktop, "Alpha Term", "+100+100");
        await using var beta = await StartXtermAsync(desktop, "Beta Term", "+700+100", "BetaInstance");
        var windows = desktop.Backend.Windows;

        Assert.True(windows.Activate(new("alpha TERM")));
        Assert.Equal(alpha.Window.Id, await ActiveWindowAsync(desktop.Display));

        Assert.False(windows.Activate(new("beta term", Strict: true)));
        Assert.False(windows.Activate(new("Beta", Strict: true)));
        Assert.Equal(alpha.Window.Id, await ActiveWindowAsync(desktop.Display));
        Assert.True(windows.Activate(new("Beta Term", Strict: true)));
        Assert.Equal(beta.Window.Id, await ActiveWindowAsync(desktop.Display));

        Assert.True(windows.Activate(new("betainstance", ByClass: true)));
        Assert.True(windows.Activate(new("xterm.XTerm", Strict: true, ByClass: true)));
        Assert.Equal(alpha.Window.Id, await ActiveWindowAsync(desktop.Display));
        Assert.False(windows.Activate(new("Alpha Term", ByClass: true)));
        Assert.False(windows.Activate(new("no such window")));

        // "term" matches both titles: the first in _NET_CLIENT_LIST order (the older window) wins.
        Assert.True(windows.Activate(new("term")));
        Assert.Equal(alpha.Window.Id, await ActiveWindowAsync(desktop.Display));
    }

    [Fact]
    public async Task Close_asks_the_first_matching_window_to_close()
    {
        var desktop = fixture.Require("xterm");
        await using var alpha = await StartXtermAsync(desktop, "Alpha Term", "+100+100");
        await using var gamma = await StartXtermAsync(desktop, "Gamma Term", "+700+100");

        Assert.False(desktop.Backend.Windows.Close(new("gamma", Strict: true)));
        Assert.True(desktop.Backend.Windows.Close(new("GAMMA")));

        Assert.True(await gamma.App.WaitForExitAsync(Timeout), "xterm should exit when its window is closed");
        await X11ClientWindows.WaitUntilGoneAsync(desktop.Display, w => w.Title == "Gamma Term", Timeout, Cancel);
        Assert.Contains(desktop.Backend.Windows.ListWindows(), w => w.Title == "Alpha Term");
    }

    private static async Task<StartedWindow> StartXtermAsync(X11DesktopFixture desktop, string title, string position, string? instance = null)
    {
        var arguments = new List<string> { "-title", title, "-geometry", "50x8" + position };
        if (instance is not null)
        {
            arguments.AddRange(["-name", instance]);
        }

        var app = DesktopApp.Start(desktop.Display, "xterm", arguments);
        var window = await app.WaitForWindowAsync(w => w.Title == title, Timeout, Cancel);
        await ScreenPixels.SettledWindowAsync(desktop.Backend.Windows, window.Id);
        return new StartedWindow(app, window);
    }

    private static async Task<long> ActiveWindowAsync(XvfbDisplay display)
    {
        var output = await display.ReadRootPropertyAsync("_NET_ACTIVE_WINDOW", Cancel) ?? string.Empty;
        return XpropText.WindowIds(output, "_NET_ACTIVE_WINDOW") is [var id, ..] ? id : 0;
    }

    private sealed record StartedWindow(DesktopApp App, X11ClientWindow Window) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
