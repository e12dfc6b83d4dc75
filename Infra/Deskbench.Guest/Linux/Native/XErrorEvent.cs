using System.Runtime.InteropServices;

namespace Deskbench.Guest.Linux.Native;

/// <summary>Xlib's <c>XErrorEvent</c>, passed to the error handler.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct XErrorEvent
{
    public int Type;
    public nint Display;
    public nuint ResourceId;
    public nuint Serial;
    public byte ErrorCode;
    public byte RequestCode;
    public byte MinorCode;
}
