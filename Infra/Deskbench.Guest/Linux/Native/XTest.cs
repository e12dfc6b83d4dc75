using System.Runtime.InteropServices;

namespace Deskbench.Guest.Linux.Native;

/// <summary>The XTEST extension (libXtst): synthetic input the server treats as real device input.</summary>
internal static partial class XTest
{
    private const string Library = "libXtst.so.6";

    [LibraryImport(Library)]
    public static partial int XTestQueryExtension(nint display, out int eventBase, out int errorBase, out int majorVersion, out int minorVersion);

    [LibraryImport(Library)]
    public static partial int XTestFakeMotionEvent(nint display, int screen, int x, int y, nuint delay);

    [LibraryImport(Library)]
    public static partial int XTestFakeButtonEvent(nint display, uint button, int isPress, nuint delay);

    [LibraryImport(Library)]
    public static partial int XTestFakeKeyEvent(nint display, uint keycode, int isPress, nuint delay);
}
