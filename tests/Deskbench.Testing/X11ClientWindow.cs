namespace Deskbench.Testing;

/// <summary>A window the window manager manages (from <c>_NET_CLIENT_LIST</c>), as xprop reports it.</summary>
public sealed record X11ClientWindow(long Id, string Title, string Instance, string ClassName)
{
    /// <summary>The id in xprop/xdotool notation, "0x…".</summary>
    public string HexId => $"0x{Id:x}";
}
