using System.Runtime.InteropServices;

namespace Deskbench.Guest.Linux.Native;

/// <summary>The libX11 calls the Linux backend uses. Not thread-safe: callers hold <see cref="X11Connection"/>'s lock.</summary>
internal static unsafe partial class Xlib
{
    private const string Library = "libX11.so.6";

    public const int Success = 0;
    public const int ZPixmap = 2;
    public const int RevertToParent = 2;
    public static readonly nuint AllPlanes = nuint.MaxValue;
    public const nint AnyPropertyType = 0;
    public const int ClientMessage = 33;
    public const nint SubstructureNotifyMask = 1 << 19;
    public const nint SubstructureRedirectMask = 1 << 20;
    public const nuint XaAtom = 4;
    public const nuint XaCardinal = 6;
    public const nuint XaString = 31;
    public const nuint XaWindow = 33;
    public const nuint XaWmClass = 67;
    public const nuint XaWmName = 39;
    public const int IsViewable = 2;

    [LibraryImport(Library)]
    public static partial int XInitThreads();

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint XOpenDisplay(string? displayName);

    [LibraryImport(Library)]
    public static partial int XCloseDisplay(nint display);

    [LibraryImport(Library)]
    public static partial int XDefaultScreen(nint display);

    [LibraryImport(Library)]
    public static partial nuint XRootWindow(nint display, int screen);

    [LibraryImport(Library)]
    public static partial int XDisplayWidth(nint display, int screen);

    [LibraryImport(Library)]
    public static partial int XDisplayHeight(nint display, int screen);

    [LibraryImport(Library)]
    public static partial nint XDefaultVisual(nint display, int screen);

    [LibraryImport(Library)]
    public static partial int XDefaultDepth(nint display, int screen);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nuint XInternAtom(nint display, string atomName, int onlyIfExists);

    [LibraryImport(Library)]
    public static partial int XFlush(nint display);

    [LibraryImport(Library)]
    public static partial int XSync(nint display, int discard);

    [LibraryImport(Library)]
    public static partial int XFree(void* data);

    [LibraryImport(Library)]
    public static partial delegate* unmanaged<nint, XErrorEvent*, int> XSetErrorHandler(delegate* unmanaged<nint, XErrorEvent*, int> handler);

    [LibraryImport(Library)]
    public static partial delegate* unmanaged<nint, int> XSetIOErrorHandler(delegate* unmanaged<nint, int> handler);

    /// <summary>libX11 ≥ 1.7: called instead of exit() when the connection breaks; the display is unusable afterwards.</summary>
    [LibraryImport(Library)]
    public static partial void XSetIOErrorExitHandler(nint display, delegate* unmanaged<nint, nint, void> handler, nint userData);

    [LibraryImport(Library)]
    public static partial XImage* XGetImage(nint display, nuint drawable, int x, int y, uint width, uint height, nuint planeMask, int format);

    [LibraryImport(Library)]
    public static partial int XDestroyImage(XImage* image);

    [LibraryImport(Library)]
    public static partial int XQueryPointer(
        nint display, nuint window, out nuint rootReturn, out nuint childReturn,
        out int rootX, out int rootY, out int windowX, out int windowY, out uint mask);

    [LibraryImport(Library)]
    public static partial int XGetWindowProperty(
        nint display, nuint window, nuint property, nint longOffset, nint longLength, int delete, nuint requestedType,
        out nuint actualType, out int actualFormat, out nuint itemCount, out nuint bytesAfter, out byte* propertyData);

    [LibraryImport(Library)]
    public static partial int XGetWindowAttributes(nint display, nuint window, out XWindowAttributes attributes);

    [LibraryImport(Library)]
    public static partial int XTranslateCoordinates(
        nint display, nuint sourceWindow, nuint destinationWindow, int sourceX, int sourceY,
        out int destinationX, out int destinationY, out nuint child);

    [LibraryImport(Library)]
    public static partial int XSendEvent(nint display, nuint window, int propagate, nint eventMask, XEvent* sendEvent);

    [LibraryImport(Library)]
    public static partial int XMapRaised(nint display, nuint window);

    [LibraryImport(Library)]
    public static partial int XSetInputFocus(nint display, nuint focus, int revertTo, nuint time);

    [LibraryImport(Library)]
    public static partial int XDisplayKeycodes(nint display, out int minKeycode, out int maxKeycode);

    [LibraryImport(Library)]
    public static partial nuint* XGetKeyboardMapping(nint display, byte firstKeycode, int keycodeCount, out int keysymsPerKeycode);

    [LibraryImport(Library)]
    public static partial int XChangeKeyboardMapping(nint display, int firstKeycode, int keysymsPerKeycode, nuint* keysyms, int keycodeCount);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nuint XStringToKeysym(string name);
}
