using Deskbench.Guest.Http;
using Deskbench.Guest.Session;
using Deskbench.Testing;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Tests.Session;

public sealed class DesktopSessionTests
{
    [Fact]
    public async Task Session_runs_xvfb_dbus_atspi_and_openbox_and_stops_them_all()
    {
        DesktopTier.RequireCommands("Xvfb", "openbox", "dbus-daemon", "gdbus");
        using var loggerFactory = GuestLogging.CreateFactory(LogLevel.Warning);
        var session = await DesktopSession.StartAsync(
            new DesktopSessionOptions(Width: 640, Height: 480), loggerFactory, TimeProvider.System, TestContext.Current.CancellationToken);
        int[] pids;
        try
        {
            Assert.True(session.Display.Number >= DesktopSessionOptions.FirstAutomaticDisplay);
            Assert.Equal(["Xvfb", "dbus-daemon", "at-spi-bus-launcher", "openbox"], session.Processes.Select(p => p.Name));
            Assert.All(session.Processes, p => Assert.False(p.HasExited, p.Name));
            Assert.True(X11Probe.RootHasProperty(session.Display.ToString(), "_NET_SUPPORTING_WM_CHECK"));
            Assert.Equal(session.Display.ToString(), session.Environment.Variables["DISPLAY"]);
            Assert.Equal("gail:atk-bridge", session.Environment.Variables["GTK_MODULES"]);

            var bus = session.Environment.Variables["DBUS_SESSION_BUS_ADDRESS"];
            var owner = await Tool.RunAsync(
                "gdbus",
                ["call", "--session", "--dest", "org.freedesktop.DBus", "--object-path", "/org/freedesktop/DBus",
                 "--method", "org.freedesktop.DBus.NameHasOwner", "org.a11y.Bus"],
                new Dictionary<string, string> { ["DBUS_SESSION_BUS_ADDRESS"] = bus },
                cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal("(true,)", owner.StandardOutput.Trim());
            pids = session.Processes.Select(p => p.Id).ToArray();
            Console.Error.WriteLine($"desktop session ready in {session.StartupTime.TotalMilliseconds:0} ms");
        }
        finally
        {
            await session.DisposeAsync();
        }

        Assert.All(pids, pid => Assert.False(ProcessSignals.IsAlive(pid), $"pid {pid} survived the session"));
        Assert.False(File.Exists(session.Display.LockFilePath));
    }

    [Fact]
    public async Task Occupied_display_throws_DisplayOccupiedException()
    {
        DesktopTier.RequireXvfb();
        await using var occupant = await XvfbDisplay.StartAsync(new XvfbDisplayOptions { WindowManager = false }, TestContext.Current.CancellationToken);
        using var loggerFactory = GuestLogging.CreateFactory(LogLevel.None);
        var exception = await Assert.ThrowsAsync<DisplayOccupiedException>(() => DesktopSession.StartAsync(
            new DesktopSessionOptions(XDisplayName.Parse(occupant.Name)), loggerFactory, TimeProvider.System, TestContext.Current.CancellationToken));
        Assert.Contains(occupant.Name, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stale_lock_file_of_a_dead_process_does_not_occupy_the_display_but_a_live_one_does()
    {
        var display = new XDisplayName(Random.Shared.Next(40000, 50000));
        Assert.Null(DisplayOccupancy.FindOccupant(display));
        try
        {
            File.WriteAllText(display.LockFilePath, $"{Environment.ProcessId,10}\n");
            Assert.Contains("already in use", DisplayOccupancy.FindOccupant(display), StringComparison.Ordinal);

            File.WriteAllText(display.LockFilePath, $"{int.MaxValue - 1,10}\n");
            Assert.Null(DisplayOccupancy.FindOccupant(display));
        }
        finally
        {
            File.Delete(display.LockFilePath);
        }
    }

    [Theory]
    [InlineData(":5", 5)]
    [InlineData(":12.0", 12)]
    [InlineData("7", 7)]
    public void Display_names_parse(string text, int number)
    {
        Assert.True(XDisplayName.TryParse(text, out var display));
        Assert.Equal(number, display.Number);
        Assert.Equal($"/tmp/.X{number}-lock", display.LockFilePath);
    }

    [Theory]
    [InlineData("host:5")]
    [InlineData("")]
    [InlineData(":x")]
    public void Remote_or_malformed_display_names_are_rejected(string text) => Assert.False(XDisplayName.TryParse(text, out _));
}
