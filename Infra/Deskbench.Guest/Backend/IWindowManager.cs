using Deskbench.Core.Guest;

namespace Deskbench.Guest.Backend;

/// <summary>Top-level windows through the window manager (EWMH on Linux), with wmctrl's matching rules.</summary>
public interface IWindowManager
{
    IReadOnlyList<WindowInfo> ListWindows();

    /// <summary>Raises, focuses and activates the first matching window; false when none matches.</summary>
    bool Activate(WindowQuery query);

    /// <summary>Asks the first matching window to close (<c>_NET_CLOSE_WINDOW</c>); false when none matches.</summary>
    bool Close(WindowQuery query);
}
