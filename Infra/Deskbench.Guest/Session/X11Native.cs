using System.Runtime.InteropServices;

namespace Deskbench.Guest.Session;

/// <summary>The handful of Xlib calls the session needs to tell when the X server and the window manager are ready.</summary>
internal static partial class X11Native
{
    private const string Library = "libX11.so.6";

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint XOpenDisplay(string? displayName);

    [LibraryImport(Library)]
    public static partial int XCloseDisplay(nint display);

    [LibraryImport(Library)]
    public static partial nuint XDefaultRootWindow(nint display);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nuint XInternAtom(nint display, string atomName, [MarshalAs(UnmanagedType.Bool)] bool onlyIfExists);

    [LibraryImport(Library)]
    public static partial int XGetWindowProperty(
        nint display,
        nuint window,
        nuint property,
        nint longOffset,
        nint longLength,
        [MarshalAs(UnmanagedType.Bool)] bool delete,
        nuint requestedType,
        out nuint actualType,
        out int actualFormat,
        out nuint itemCount,
        out nuint bytesAfter,
        out nint data);

    [LibraryImport(Library)]
    public static partial int XFree(nint data);
}
