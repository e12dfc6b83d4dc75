using System.Runtime.InteropServices;

namespace Deskbench.Guest.Linux.Native;

/// <summary>
/// Xlib's 192-byte <c>XEvent</c> union, with the fields of <c>XClientMessageEvent</c> (the only event sent here) laid out
/// at their x86-64 offsets.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 192)]
internal struct XEvent
{
    [FieldOffset(0)] public int Type;
    [FieldOffset(8)] public nuint Serial;
    [FieldOffset(16)] public int SendEvent;
    [FieldOffset(24)] public nint Display;
    [FieldOffset(32)] public nuint Window;
    [FieldOffset(40)] public nuint MessageType;
    [FieldOffset(48)] public int Format;
    [FieldOffset(56)] public nint Data0;
    [FieldOffset(64)] public nint Data1;
    [FieldOffset(72)] public nint Data2;
    [FieldOffset(80)] public nint Data3;
    [FieldOffset(88)] public nint Data4;
}
