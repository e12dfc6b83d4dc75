using System.Runtime.InteropServices;

namespace Deskbench.Guest.Linux.Native;

/// <summary>The leading fields of Xlib's <c>XImage</c> (x86-64 / LP64 layout); only read, never allocated here.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XImage
{
    public int Width;
    public int Height;
    public int XOffset;
    public int Format;
    public byte* Data;
    public int ByteOrder;
    public int BitmapUnit;
    public int BitmapBitOrder;
    public int BitmapPad;
    public int Depth;
    public int BytesPerLine;
    public int BitsPerPixel;
    public nuint RedMask;
    public nuint GreenMask;
    public nuint BlueMask;
}
