namespace Deskbench.Guest.Session;

/// <summary>Readiness checks against an X display: can a client connect, does the root window carry a property.</summary>
internal static class X11Probe
{
    /// <summary>True when a client can open <paramref name="display"/> right now.</summary>
    public static bool CanConnect(string display)
    {
        var connection = X11Native.XOpenDisplay(display);
        if (connection == 0)
        {
            return false;
        }

        _ = X11Native.XCloseDisplay(connection);
        return true;
    }

    /// <summary>True when the root window of <paramref name="display"/> has the property <paramref name="atomName"/>.</summary>
    public static bool RootHasProperty(string display, string atomName)
    {
        var connection = X11Native.XOpenDisplay(display);
        if (connection == 0)
        {
            return false;
        }

        try
        {
            var atom = X11Native.XInternAtom(connection, atomName, onlyIfExists: true);
            if (atom == 0)
            {
                return false;
            }

            var root = X11Native.XDefaultRootWindow(connection);
            const int Success = 0;
            var status = X11Native.XGetWindowProperty(
                connection, root, atom, 0, 1, delete: false, requestedType: 0,
                out var actualType, out _, out var itemCount, out _, out var data);
            if (data != 0)
            {
                _ = X11Native.XFree(data);
            }

            return status == Success && actualType != 0 && itemCount > 0;
        }
        finally
        {
            _ = X11Native.XCloseDisplay(connection);
        }
    }
}
