using Deskbench.Guest.Linux.Native;

namespace Deskbench.Guest.Linux;

/// <summary>
/// One Xlib connection (<c>Display*</c>) shared by the screen, input and window parts of a backend. Xlib is not
/// thread-safe per connection, so every call goes through <see cref="Gate"/>.
/// </summary>
internal sealed class X11Connection : IDisposable
{
    private readonly Dictionary<string, nuint> atoms = new(StringComparer.Ordinal);
    private nint handle;

    private X11Connection(string displayName, nint handle)
    {
        DisplayName = displayName;
        this.handle = handle;
        Screen = Xlib.XDefaultScreen(handle);
        Root = Xlib.XRootWindow(handle, Screen);
        Width = Xlib.XDisplayWidth(handle, Screen);
        Height = Xlib.XDisplayHeight(handle, Screen);
    }

    public string DisplayName { get; }

    /// <summary>Held around every Xlib call on <see cref="Handle"/>.</summary>
    public Lock Gate { get; } = new();

    /// <summary>The <c>Display*</c>; throws once disposed, or when the connection to the X server was lost.</summary>
    public nint Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(handle == 0, this);
            return XErrorTrap.IsBroken(handle)
                ? throw new InvalidOperationException($"The connection to X display '{DisplayName}' was lost (did the X server exit?).")
                : handle;
        }
    }

    /// <summary>True once Xlib reported the connection lost; every later use of <see cref="Handle"/> throws.</summary>
    public bool IsBroken => handle != 0 && XErrorTrap.IsBroken(handle);

    public int Screen { get; }

    public nuint Root { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Opens <paramref name="displayName"/> (e.g. ":7"); throws <see cref="InvalidOperationException"/> when it cannot.</summary>
    public static X11Connection Open(string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        nint display;
        try
        {
            Xlib.XInitThreads();
            display = Xlib.XOpenDisplay(displayName);
        }
        catch (DllNotFoundException e)
        {
            throw new InvalidOperationException($"Cannot open X display '{displayName}': libX11.so.6 is not installed.", e);
        }

        if (display == 0)
        {
            throw new InvalidOperationException(
                $"Cannot open X display '{displayName}': no X server accepts connections there (is Xvfb/Xorg running, is access allowed?).");
        }

        XErrorTrap.EnsureInstalled();
        XErrorTrap.SurviveConnectionLoss(display);
        return new X11Connection(displayName, display);
    }

    /// <summary>The atom named <paramref name="name"/>, interned once. Call with <see cref="Gate"/> held.</summary>
    public nuint Atom(string name)
    {
        if (!atoms.TryGetValue(name, out var atom))
        {
            atom = Xlib.XInternAtom(Handle, name, 0);
            atoms[name] = atom;
        }

        return atom;
    }

    public void Dispose()
    {
        lock (Gate)
        {
            if (handle != 0)
            {
                Xlib.XCloseDisplay(handle);
                XErrorTrap.Forget(handle);
                handle = 0;
            }
        }
    }
}
