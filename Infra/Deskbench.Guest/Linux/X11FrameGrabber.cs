using System.Runtime.InteropServices;
using Deskbench.Guest.Linux.Native;

namespace Deskbench.Guest.Linux;

/// <summary>
/// Copies the root window's pixels into one reusable buffer: with MIT-SHM (<c>XShmGetImage</c> into a shared segment)
/// when the server offers it, else with <c>XGetImage</c> into a native buffer. Callers serialise <see cref="Grab"/>.
/// </summary>
internal sealed unsafe class X11FrameGrabber : IDisposable
{
    private readonly X11Connection connection;
    private XImage* sharedImage;
    private XShmSegmentInfo* segment;
    private byte* fallbackBuffer;

    public X11FrameGrabber(X11Connection connection, bool preferSharedMemory)
    {
        this.connection = connection;
        lock (connection.Gate)
        {
            if (preferSharedMemory && Xlib.XDefaultDepth(connection.Handle, connection.Screen) >= 24
                && XShm.XShmQueryExtension(connection.Handle) != 0)
            {
                TryAttachSharedMemory();
            }
        }

        if (sharedImage == null)
        {
            fallbackBuffer = (byte*)NativeMemory.Alloc((nuint)connection.Width * (nuint)connection.Height * 4);
        }
    }

    /// <summary>True when frames come through MIT-SHM.</summary>
    public bool UsesSharedMemory => sharedImage != null;

    /// <summary>Captures the whole screen. The returned frame stays valid until the next <see cref="Grab"/>. Call with the gate held.</summary>
    public BgraFrame Grab()
    {
        var display = connection.Handle;
        if (sharedImage != null)
        {
            XErrorTrap.Clear();
            var ok = XShm.XShmGetImage(display, connection.Root, sharedImage, 0, 0, Xlib.AllPlanes);
            var error = XErrorTrap.Take();
            if (ok == 0 || error is not null)
            {
                _ = connection.Handle; // Throws the clearer "connection lost" error when that is the cause.
                throw new InvalidOperationException($"XShmGetImage failed on {connection.DisplayName}: {error}");
            }

            return new BgraFrame(sharedImage->Data, sharedImage->Width, sharedImage->Height, sharedImage->BytesPerLine);
        }

        return GrabWithGetImage(display);
    }

    private BgraFrame GrabWithGetImage(nint display)
    {
        var width = connection.Width;
        var height = connection.Height;
        XErrorTrap.Clear();
        var image = Xlib.XGetImage(display, connection.Root, 0, 0, (uint)width, (uint)height, Xlib.AllPlanes, Xlib.ZPixmap);
        if (image == null)
        {
            _ = connection.Handle;
            throw new InvalidOperationException($"XGetImage failed on {connection.DisplayName}: {XErrorTrap.Take()}");
        }

        try
        {
            RequireBgrx(image);
            var rowBytes = width * 4;
            for (var y = 0; y < height; y++)
            {
                Buffer.MemoryCopy(image->Data + (y * (long)image->BytesPerLine), fallbackBuffer + (y * (long)rowBytes), rowBytes, rowBytes);
            }
        }
        finally
        {
            Xlib.XDestroyImage(image);
        }

        return new BgraFrame(fallbackBuffer, width, height, width * 4);
    }

    private void TryAttachSharedMemory()
    {
        var display = connection.Handle;
        segment = (XShmSegmentInfo*)NativeMemory.AllocZeroed((nuint)sizeof(XShmSegmentInfo));
        var image = XShm.XShmCreateImage(
            display, Xlib.XDefaultVisual(display, connection.Screen), (uint)Xlib.XDefaultDepth(display, connection.Screen),
            Xlib.ZPixmap, null, segment, (uint)connection.Width, (uint)connection.Height);
        if (image == null || image->BitsPerPixel != 32 || image->RedMask != 0xff0000 || image->BlueMask != 0xff)
        {
            ReleaseSegment(image, attached: false);
            return;
        }

        var size = (nuint)image->BytesPerLine * (nuint)image->Height;
        segment->ShmId = LibC.shmget(LibC.IpcPrivate, size, LibC.IpcCreat | 0x180);
        if (segment->ShmId < 0)
        {
            ReleaseSegment(image, attached: false);
            return;
        }

        var address = LibC.shmat(segment->ShmId, null, 0);
        if (address == (void*)-1)
        {
            LibC.shmctl(segment->ShmId, LibC.IpcRmid, null);
            segment->ShmId = -1;
            ReleaseSegment(image, attached: false);
            return;
        }

        segment->ShmAddr = (byte*)address;
        image->Data = (byte*)address;
        segment->ReadOnly = 0;
        XErrorTrap.Clear();
        var attached = XShm.XShmAttach(display, segment) != 0;
        Xlib.XSync(display, 0);
        attached &= XErrorTrap.Take() is null;

        // Marked for removal now: the segment disappears once both this process and the server detach (or die).
        LibC.shmctl(segment->ShmId, LibC.IpcRmid, null);
        if (!attached)
        {
            ReleaseSegment(image, attached: false);
            return;
        }

        sharedImage = image;
    }

    private void ReleaseSegment(XImage* image, bool attached)
    {
        if (attached)
        {
            XShm.XShmDetach(connection.Handle, segment);
            Xlib.XSync(connection.Handle, 0);
        }

        if (segment->ShmAddr != null)
        {
            LibC.shmdt(segment->ShmAddr);
        }

        if (image != null)
        {
            image->Data = null;
            Xlib.XDestroyImage(image);
        }

        NativeMemory.Free(segment);
        segment = null;
    }

    private static void RequireBgrx(XImage* image)
    {
        if (image->BitsPerPixel != 32 || image->RedMask != 0xff0000 || image->BlueMask != 0xff)
        {
            throw new NotSupportedException(
                $"Unsupported X visual: {image->BitsPerPixel} bits per pixel, red mask 0x{image->RedMask:x}; a 24/32-bit TrueColor screen is required.");
        }
    }

    public void Dispose()
    {
        lock (connection.Gate)
        {
            if (sharedImage != null)
            {
                ReleaseSegment(sharedImage, attached: !connection.IsBroken);
                sharedImage = null;
            }
        }

        if (fallbackBuffer != null)
        {
            NativeMemory.Free(fallbackBuffer);
            fallbackBuffer = null;
        }
    }
}
