using SkiaSharp;

namespace Deskbench.Guest.Linux;

/// <summary>
/// Encodes captured frames as PNG with Skia at zlib level 1 and the Sub filter only. Measured on 1920×1080 desktops
/// (2 cores): ≈15 ms for windows over a gradient wallpaper, ≈50 ms over a photo-like one — 4-9× faster than Skia's
/// defaults (level 6, adaptive filters) for files 1.3-1.5× larger. No filter is a little faster on flat content but
/// doubles the size and time on photos; levels 2-3 cost 25-150 % more time for 5-10 % smaller files.
/// </summary>
internal static unsafe class SkiaPngEncoder
{
    private static readonly SKPngEncoderOptions FastOptions = new(SKPngEncoderFilterFlags.Sub, 1);

    public static byte[] Encode(BgraFrame frame)
    {
        var info = new SKImageInfo(frame.Width, frame.Height, SKColorType.Bgra8888, SKAlphaType.Opaque);
        using var pixmap = new SKPixmap(info, (nint)frame.Pixels, frame.Stride);
        using var data = pixmap.Encode(FastOptions)
            ?? throw new InvalidOperationException("Skia could not encode the screenshot as PNG.");
        return data.ToArray();
    }
}
