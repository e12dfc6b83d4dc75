using System.Runtime.InteropServices;

namespace Deskbench.Guest.Linux.Native;

/// <summary>The XFIXES extension (libXfixes): the current cursor image.</summary>
internal static unsafe partial class XFixes
{
    private const string Library = "libXfixes.so.3";

    [LibraryImport(Library)]
    public static partial int XFixesQueryExtension(nint display, out int eventBase, out int errorBase);

    [LibraryImport(Library)]
    public static partial XFixesCursorImage* XFixesGetCursorImage(nint display);
}
