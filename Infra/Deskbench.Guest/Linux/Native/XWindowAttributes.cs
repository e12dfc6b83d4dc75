using System.Runtime.InteropServices;

namespace Deskbench.Guest.Linux.Native;

/// <summary>Xlib's <c>XWindowAttributes</c> (x86-64 / LP64 layout).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct XWindowAttributes
{
    public int X;
    public int Y;
    public int Width;
    public int Height;
    public int BorderWidth;
    public int Depth;
    public nint Visual;
    public nuint Root;
    public int Class;
    public int BitGravity;
    public int WinGravity;
    public int BackingStore;
    public nuint BackingPlanes;
    public nuint BackingPixel;
    public int SaveUnder;
    public nuint Colormap;
    public int MapInstalled;
    public int MapState;
    public nint AllEventMasks;
    public nint YourEventMask;
    public nint DoNotPropagateMask;
    public int OverrideRedirect;
    public nint Screen;
}
