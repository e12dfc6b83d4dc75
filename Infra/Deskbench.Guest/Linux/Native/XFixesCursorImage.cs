using System.Runtime.InteropServices;

namespace Deskbench.Guest.Linux.Native;

/// <summary>
/// libXfixes' <c>XFixesCursorImage</c>: (X, Y) is the pointer position; each pixel is a C <c>unsigned long</c> holding
/// premultiplied ARGB in its low 32 bits.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XFixesCursorImage
{
    public short X;
    public short Y;
    public ushort Width;
    public ushort Height;
    public ushort XHot;
    public ushort YHot;
    public nuint CursorSerial;
    public nuint* Pixels;
    public nuint Atom;
    public byte* Name;
}
