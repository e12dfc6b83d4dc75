using System.Runtime.InteropServices;

namespace Deskbench.Guest.Linux.Native;

/// <summary>The MIT-SHM extension (libXext): images copied by the server straight into a shared memory segment.</summary>
internal static unsafe partial class XShm
{
    private const string Library = "libXext.so.6";

    [LibraryImport(Library)]
    public static partial int XShmQueryExtension(nint display);

    [LibraryImport(Library)]
    public static partial XImage* XShmCreateImage(
        nint display, nint visual, uint depth, int format, byte* data, XShmSegmentInfo* segmentInfo, uint width, uint height);

    [LibraryImport(Library)]
    public static partial int XShmAttach(nint display, XShmSegmentInfo* segmentInfo);

    [LibraryImport(Library)]
    public static partial int XShmDetach(nint display, XShmSegmentInfo* segmentInfo);

    [LibraryImport(Library)]
    public static partial int XShmGetImage(nint display, nuint drawable, XImage* image, int x, int y, nuint planeMask);
}
