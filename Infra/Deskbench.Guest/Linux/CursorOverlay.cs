using Deskbench.Guest.Linux.Native;

namespace Deskbench.Guest.Linux;

/// <summary>Draws the current X cursor (XFIXES, premultiplied ARGB) into a captured frame at the pointer minus the hotspot.</summary>
internal static unsafe class CursorOverlay
{
    /// <summary>Composites the cursor into <paramref name="frame"/>; false when XFIXES gives no cursor. Call with the gate held.</summary>
    public static bool Draw(X11Connection connection, BgraFrame frame)
    {
        XErrorTrap.Clear();
        var cursor = XFixes.XFixesGetCursorImage(connection.Handle);
        if (cursor == null)
        {
            XErrorTrap.Take();
            return false;
        }

        try
        {
            Composite(frame, cursor->Pixels, cursor->Width, cursor->Height, cursor->X - cursor->XHot, cursor->Y - cursor->YHot);
            return true;
        }
        finally
        {
            Xlib.XFree(cursor);
        }
    }

    /// <summary>
    /// Source-over composite of a premultiplied ARGB image (one pixel per C long) whose top-left is at (left, top),
    /// clipped to the frame.
    /// </summary>
    public static void Composite(BgraFrame frame, nuint* pixels, int width, int height, int left, int top)
    {
        var x0 = Math.Max(0, -left);
        var y0 = Math.Max(0, -top);
        var x1 = Math.Min(width, frame.Width - left);
        var y1 = Math.Min(height, frame.Height - top);
        for (var y = y0; y < y1; y++)
        {
            var source = pixels + (y * width);
            var row = frame.Pixels + ((top + y) * (long)frame.Stride) + (left * 4L);
            for (var x = x0; x < x1; x++)
            {
                var argb = (uint)source[x];
                var alpha = argb >> 24;
                if (alpha == 0)
                {
                    continue;
                }

                var dst = row + (x * 4);
                var inverse = 255 - alpha;
                dst[0] = Blend(argb & 0xff, dst[0], inverse);
                dst[1] = Blend((argb >> 8) & 0xff, dst[1], inverse);
                dst[2] = Blend((argb >> 16) & 0xff, dst[2], inverse);
            }
        }
    }

    private static byte Blend(uint premultipliedSource, byte destination, uint inverseAlpha) =>
        (byte)Math.Min(255u, premultipliedSource + (((destination * inverseAlpha) + 127) / 255));
}
