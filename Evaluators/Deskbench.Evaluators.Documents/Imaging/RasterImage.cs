using SkiaSharp;

namespace Deskbench.Evaluators.Documents.Imaging;

/// <summary>
/// A decoded image as 8-bit unpremultiplied RGBA rows (the first frame of an animation), with PIL's conversions:
/// <c>convert("L")</c> (ITU-R 601-2 luma with PIL's fixed-point rounding) and <c>convert("RGB")</c> (alpha dropped).
/// </summary>
internal sealed class RasterImage
{
    private RasterImage(int width, int height, byte[] rgba, bool hasAlpha)
    {
        Width = width;
        Height = height;
        Rgba = rgba;
        HasAlpha = hasAlpha;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Width × Height × 4 bytes, row-major RGBA.</summary>
    public byte[] Rgba { get; }

    public bool HasAlpha { get; }

    public static RasterImage Load(string metric, string path)
    {
        if (!File.Exists(path))
        {
            throw new DocumentReadException(metric, path, "the file does not exist");
        }

        using var codec = SKCodec.Create(path);
        if (codec is null)
        {
            throw new DocumentReadException(metric, path, "it is not an image format that can be decoded (or it is truncated)");
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var result = codec.GetPixels(info, out byte[] pixels);
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            throw new DocumentReadException(metric, path, $"the image could not be decoded ({result})");
        }

        return new RasterImage(info.Width, info.Height, pixels, codec.Info.AlphaType != SKAlphaType.Opaque);
    }

    /// <summary>Decodes image bytes (an embedded image); null when they are no decodable image.</summary>
    public static RasterImage? Decode(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var result = codec.GetPixels(info, out byte[] pixels);
        return result is SKCodecResult.Success or SKCodecResult.IncompleteInput
            ? new RasterImage(info.Width, info.Height, pixels, codec.Info.AlphaType != SKAlphaType.Opaque)
            : null;
    }

    /// <summary>A copy from RGBA bytes.</summary>
    public static RasterImage FromRgba(int width, int height, byte[] rgba, bool hasAlpha) => new(width, height, rgba, hasAlpha);

    /// <summary>PIL's <c>convert("L")</c>: L = (R·19595 + G·38470 + B·7471 + 0x8000) >> 16.</summary>
    public byte[] ToGray()
    {
        var gray = new byte[Width * Height];
        for (var i = 0; i < gray.Length; i++)
        {
            var o = i * 4;
            gray[i] = (byte)(((Rgba[o] * 19595) + (Rgba[o + 1] * 38470) + (Rgba[o + 2] * 7471) + 0x8000) >> 16);
        }

        return gray;
    }

    /// <summary>One colour channel (0 R, 1 G, 2 B) — PIL's <c>convert("RGB")</c> then the channel.</summary>
    public byte[] Channel(int channel)
    {
        var values = new byte[Width * Height];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Rgba[(i * 4) + channel];
        }

        return values;
    }

    /// <summary>
    /// Resized with a high-quality cubic filter (PIL resizes with LANCZOS here; the two filters differ slightly, so
    /// scores of images of different sizes can differ from OSWorld's in the last digits).
    /// </summary>
    public RasterImage Resize(int width, int height)
    {
        if (width == Width && height == Height)
        {
            return this;
        }

        using var source = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        System.Runtime.InteropServices.Marshal.Copy(Rgba, 0, source.GetPixels(), Rgba.Length);
        using var resized = source.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul), new SKSamplingOptions(SKCubicResampler.CatmullRom));
        var pixels = new byte[width * height * 4];
        System.Runtime.InteropServices.Marshal.Copy(resized.GetPixels(), pixels, 0, pixels.Length);
        return new RasterImage(width, height, pixels, HasAlpha);
    }

    /// <summary>PIL's <c>transpose(FLIP_LEFT_RIGHT)</c>.</summary>
    public RasterImage FlipHorizontally()
    {
        var rgba = new byte[Rgba.Length];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                Array.Copy(Rgba, ((y * Width) + x) * 4, rgba, ((y * Width) + (Width - 1 - x)) * 4, 4);
            }
        }

        return new RasterImage(Width, Height, rgba, HasAlpha);
    }

    /// <summary>The bounding box (left, top, right, bottom; exclusive ends) of pixels with alpha above 0, or null when all are transparent.</summary>
    public (int Left, int Top, int Right, int Bottom)? AlphaBoundingBox()
    {
        int left = Width, top = Height, right = -1, bottom = -1;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                if (Rgba[(((y * Width) + x) * 4) + 3] != 0)
                {
                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                    top = Math.Min(top, y);
                    bottom = Math.Max(bottom, y);
                }
            }
        }

        return right < 0 ? null : (left, top, right + 1, bottom + 1);
    }

    /// <summary>A rectangular crop.</summary>
    public RasterImage Crop(int left, int top, int right, int bottom)
    {
        var width = right - left;
        var height = bottom - top;
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            Array.Copy(Rgba, (((top + y) * Width) + left) * 4, rgba, y * width * 4, width * 4);
        }

        return new RasterImage(width, height, rgba, HasAlpha);
    }
}
