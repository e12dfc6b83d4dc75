using System.Text;
using Deskbench.Core.Guest;
using Deskbench.Guest.Backend;
using Deskbench.Guest.Linux.Native;

namespace Deskbench.Guest.Linux;

/// <summary>
/// Top-level windows through the window manager's EWMH properties (<c>_NET_CLIENT_LIST</c>, <c>_NET_ACTIVE_WINDOW</c>),
/// activated and closed the way wmctrl does it.
/// </summary>
public sealed class EwmhWindowManager : IWindowManager
{
    private const nint SourcePager = 2;
    private static readonly TimeSpan ActivationTimeout = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan ActivationPoll = TimeSpan.FromMilliseconds(5);

    private readonly X11Connection connection;
    private readonly TimeProvider time;

    internal EwmhWindowManager(X11Connection connection, TimeProvider? timeProvider = null)
    {
        this.connection = connection;
        time = timeProvider ?? TimeProvider.System;
    }

    public IReadOnlyList<WindowInfo> ListWindows()
    {
        lock (connection.Gate)
        {
            var active = ActiveWindow();
            var windows = new List<WindowInfo>();
            foreach (var id in ClientList())
            {
                if (Describe(id, active) is { } window)
                {
                    windows.Add(window);
                }
            }

            return windows;
        }
    }

    public bool Activate(WindowQuery query)
    {
        var window = FindFirst(query);
        if (window is null)
        {
            return false;
        }

        var id = (nuint)window.Id;
        lock (connection.Gate)
        {
            var desktop = X11Property.Read(connection, id, connection.Atom("_NET_WM_DESKTOP"));
            if (desktop is { Format: 32, Items: [var number, ..] } && number != unchecked((nuint)0xFFFFFFFF))
            {
                SendClientMessage(connection.Root, "_NET_CURRENT_DESKTOP", (nint)number, 0);
            }

            SendClientMessage(id, "_NET_ACTIVE_WINDOW", SourcePager, 0);
            Xlib.XMapRaised(connection.Handle, id);
            Xlib.XSync(connection.Handle, 0);
        }

        if (!WaitUntilActive(id))
        {
            lock (connection.Gate)
            {
                XErrorTrap.Clear();
                Xlib.XSetInputFocus(connection.Handle, id, Xlib.RevertToParent, 0);
                Xlib.XSync(connection.Handle, 0);
                XErrorTrap.Take();
            }
        }

        return true;
    }

    public bool Close(WindowQuery query)
    {
        var window = FindFirst(query);
        if (window is null)
        {
            return false;
        }

        lock (connection.Gate)
        {
            SendClientMessage((nuint)window.Id, "_NET_CLOSE_WINDOW", 0, SourcePager);
            Xlib.XSync(connection.Handle, 0);
        }

        return true;
    }

    private WindowInfo? FindFirst(WindowQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ListWindows().FirstOrDefault(window => WindowMatcher.Matches(query, window));
    }

    private bool WaitUntilActive(nuint id)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            lock (connection.Gate)
            {
                if (ActiveWindow() == id)
                {
                    return true;
                }
            }

            if (time.GetElapsedTime(started) >= ActivationTimeout)
            {
                return false;
            }

            Thread.Sleep(ActivationPoll);
        }
    }

    private nuint[] ClientList() =>
        X11Property.Read(connection, connection.Root, connection.Atom("_NET_CLIENT_LIST")) is { Format: 32 } list ? list.Items : [];

    private nuint ActiveWindow() =>
        X11Property.Read(connection, connection.Root, connection.Atom("_NET_ACTIVE_WINDOW")) is { Format: 32, Items: [var id, ..] } ? id : 0;

    private WindowInfo? Describe(nuint id, nuint active)
    {
        XErrorTrap.Clear();
        var attributesOk = Xlib.XGetWindowAttributes(connection.Handle, id, out var attributes) != 0;
        var translated = Xlib.XTranslateCoordinates(connection.Handle, id, connection.Root, 0, 0, out var x, out var y, out _) != 0;
        if (!attributesOk || !translated || XErrorTrap.Take() is not null)
        {
            return null;
        }

        var (instance, className) = ReadClass(id);
        return new WindowInfo((long)id, ReadTitle(id), className, instance, x, y, attributes.Width, attributes.Height, id == active);
    }

    private string ReadTitle(nuint id)
    {
        if (X11Property.Read(connection, id, connection.Atom("_NET_WM_NAME")) is { Format: 8 } netName
            && netName.Type == connection.Atom("UTF8_STRING"))
        {
            return Encoding.UTF8.GetString(netName.Bytes);
        }

        if (X11Property.Read(connection, id, Xlib.XaWmName) is { Format: 8 } name)
        {
            return name.Type == connection.Atom("UTF8_STRING") ? Encoding.UTF8.GetString(name.Bytes) : Encoding.Latin1.GetString(name.Bytes);
        }

        return string.Empty;
    }

    private (string Instance, string ClassName) ReadClass(nuint id)
    {
        if (X11Property.Read(connection, id, Xlib.XaWmClass) is not { Format: 8 } wmClass)
        {
            return (string.Empty, string.Empty);
        }

        var parts = Encoding.Latin1.GetString(wmClass.Bytes).Split('\0');
        return (parts[0], parts.Length > 1 ? parts[1] : string.Empty);
    }

    private unsafe void SendClientMessage(nuint window, string messageType, nint data0, nint data1)
    {
        var message = new XEvent
        {
            Type = Xlib.ClientMessage,
            SendEvent = 1,
            Display = connection.Handle,
            Window = window,
            MessageType = connection.Atom(messageType),
            Format = 32,
            Data0 = data0,
            Data1 = data1,
        };
        Xlib.XSendEvent(connection.Handle, connection.Root, 0, Xlib.SubstructureRedirectMask | Xlib.SubstructureNotifyMask, &message);
    }
}
