using SkiaSharp;

namespace Deskbench.Agents.Models;

/// <summary>Screenshot operations the model agents need: size, downscale for the model, crop for <c>zoom</c>.</summary>
public static class PngImages
{
    public static (int Width, int Height) SizeOf(byte[] png)
    {
        using var codec = SKCodec.Create(new MemoryStream(png)) ?? throw new InvalidDataException("the screenshot is not a readable image");
        return (codec.Info.Width, codec.Info.Height);
    }

    /// <summary>The image scaled to <paramref name="width"/> × <paramref name="height"/>; the bytes themselves when the size already matches.</summary>
    public static byte[] Resize(byte[] png, int width, int height)
    {
        using var source = SKBitmap.Decode(png) ?? throw new InvalidDataException("the screenshot is not a readable image");
        if (source.Width == width && source.Height == height)
        {
            return png;
        }

        using var scaled = source.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell))
            ?? throw new InvalidOperationException($"could not scale the screenshot to {width}x{height}");
        return Encode(scaled);
    }

    /// <summary>The area [x0, x1) × [y0, y1) of the image, at full resolution, then shrunk to fit <paramref name="maxWidth"/> × <paramref name="maxHeight"/> if larger.</summary>
    public static byte[] Crop(byte[] png, (int X0, int Y0, int X1, int Y1) area, int maxWidth, int maxHeight)
    {
        using var source = SKBitmap.Decode(png) ?? throw new InvalidDataException("the screenshot is not a readable image");
        var rect = new SKRectI(area.X0, area.Y0, Math.Min(area.X1, source.Width), Math.Min(area.Y1, source.Height));
        using var cropped = new SKBitmap(rect.Width, rect.Height);
        if (!source.ExtractSubset(cropped, rect))
        {
            throw new InvalidOperationException($"could not crop the screenshot to {rect}");
        }

        var factor = Math.Min(1.0, Math.Min((double)maxWidth / rect.Width, (double)maxHeight / rect.Height));
        if (factor >= 1.0)
        {
            return Encode(cropped);
        }

        var info = new SKImageInfo(Math.Max(1, (int)(rect.Width * factor)), Math.Max(1, (int)(rect.Height * factor)));
        using var scaled = cropped.Resize(info, new SKSamplingOptions(SKCubicResampler.Mitchell))
            ?? throw new InvalidOperationException("could not scale the zoomed area");
        return Encode(scaled);
    }

    private static byte[] Encode(SKBitmap bitmap)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
