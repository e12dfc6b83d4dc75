using Deskbench.Guest.Client.OsWorld;

namespace Deskbench.Guest.Client.Tests.OsWorld;

/// <summary>The dialect's window list: wmctrl -lGx lines (or the xprop fallback's same columns) and the active-window line.</summary>
public sealed class OsWorldWindowListTests
{
    [Fact]
    public void Wmctrl_lines_and_the_active_window_become_window_infos()
    {
        const string output = """
            0x01e00003  0 10   52   800  600  mousepad.Mousepad  host notes.txt - Mousepad
            0x02200007 -1 0    0    1920 1080 xfce4-terminal.Xfce4-terminal  N/A Terminal
            0x400001 0 5 6 7 8 N/A N/A
            garbage line
            DESKBENCH-ACTIVE 0x2200007
            """;

        var windows = OsWorldWindowList.Parse(output);

        Assert.Equal(3, windows.Count);
        Assert.Equal((0x01e00003L, "notes.txt - Mousepad", "Mousepad", "mousepad", 10, 52, 800, 600, false),
            (windows[0].Id, windows[0].Title, windows[0].ClassName, windows[0].InstanceName, windows[0].X, windows[0].Y, windows[0].Width, windows[0].Height, windows[0].IsActive));
        Assert.Equal(("Terminal", "Xfce4-terminal", true), (windows[1].Title, windows[1].ClassName, windows[1].IsActive));
        Assert.Equal((0x400001L, string.Empty, string.Empty), (windows[2].Id, windows[2].Title, windows[2].ClassName));
    }

    [Fact]
    public void The_script_tries_wmctrl_first_and_falls_back_to_xprop()
    {
        Assert.StartsWith("if command -v wmctrl", OsWorldWindowList.Script, StringComparison.Ordinal);
        Assert.Contains("xprop -root _NET_CLIENT_LIST", OsWorldWindowList.Script, StringComparison.Ordinal);
        Assert.Contains(OsWorldWindowList.ActiveMarker, OsWorldWindowList.Script, StringComparison.Ordinal);
    }
}
