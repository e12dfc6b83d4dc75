using Deskbench.Core.Environments;
using Deskbench.Guest.Backend;

namespace Deskbench.Guest.Linux;

/// <summary>
/// Full-screen PNG screenshots of an X display: MIT-SHM grab (XGetImage fallback) into a reused buffer, the XFIXES
/// cursor composited in, Skia PNG encoding. Concurrent calls are serialised; the X connection is held only while grabbing.
/// </summary>
public sealed class X11ScreenCapture : IScreenCapture, IDisposable
{
    private readonly X11Connection connection;
    private readonly X11FrameGrabber grabber;
    private readonly Lock captureGate = new();

    internal X11ScreenCapture(X11Connection connection, bool preferSharedMemory = true)
    {
        this.connection = connection;
        grabber = new X11FrameGrabber(connection, preferSharedMemory);
        Size = new ScreenSize(connection.Width, connection.Height);
    }

    public ScreenSize Size { get; }

    /// <summary>True when frames are grabbed through MIT-SHM rather than XGetImage.</summary>
    public bool UsesSharedMemory => grabber.UsesSharedMemory;

    public byte[] CapturePng(bool includeCursor = true)
    {
        lock (captureGate)
        {
            var frame = CaptureFrame(includeCursor);
            return SkiaPngEncoder.Encode(frame);
        }
    }

    private BgraFrame CaptureFrame(bool includeCursor)
    {
        lock (connection.Gate)
        {
            var frame = grabber.Grab();
            if (includeCursor)
            {
                CursorOverlay.Draw(connection, frame);
            }

            return frame;
        }
    }

    public void Dispose()
    {
        lock (captureGate)
        {
            grabber.Dispose();
        }
    }
}
