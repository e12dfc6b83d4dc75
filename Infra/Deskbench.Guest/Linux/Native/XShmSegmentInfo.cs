using System.Runtime.InteropServices;

namespace Deskbench.Guest.Linux.Native;

/// <summary>Xlib's <c>XShmSegmentInfo</c>. Xlib keeps a pointer to it, so it must live in native memory.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XShmSegmentInfo
{
    public nuint ShmSeg;
    public int ShmId;
    public byte* ShmAddr;
    public int ReadOnly;
}
