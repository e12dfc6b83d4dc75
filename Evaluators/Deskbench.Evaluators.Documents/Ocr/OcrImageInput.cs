using System.Runtime.InteropServices;
using Deskbench.Evaluators.Documents.Imaging;
using SkiaSharp;

namespace Deskbench.Evaluators.Documents.Ocr;

/// <summary>
/// Turns an image file into bytes tesseract reads from stdin, refusing what is no image first (tesseract treats an
/// unreadable input as a text file listing image paths, which would OCR some other file). PNG, JPEG, GIF, BMP and WebP
/// are checked by decoding them and passed on as they are; TIFF and PNM (which leptonica reads) are passed on; an X11
/// window dump is converted to PNG (as OSWorld does before OCR); other formats SkiaSharp decodes are re-encoded as PNG.
/// </summary>
internal static class OcrImageInput
{
    public static byte[] Prepare(string metric, string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(metric, path, ex.Message, ex);
        }

        if (XwdImage.IsXwd(bytes))
        {
            try
            {
                return EncodePng(XwdImage.Decode(bytes));
            }
            catch (InvalidDataException ex)
            {
                throw new DocumentReadException(metric, path, ex.Message, ex);
            }
        }

        if (IsTiffOrPnm(bytes))
        {
            return bytes;
        }

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data)
            ?? throw new DocumentReadException(metric, path, "it is not an image format that can be decoded (or it is truncated)");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var result = codec.GetPixels(info, out byte[] pixels);
        if (result != SKCodecResult.Success)
        {
            throw new DocumentReadException(metric, path, $"the image could not be decoded ({result})");
        }

        return codec.EncodedFormat is SKEncodedImageFormat.Png or SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Gif
            or SKEncodedImageFormat.Bmp or SKEncodedImageFormat.Webp
            ? bytes
            : EncodePng(RasterImage.FromRgba(info.Width, info.Height, pixels, codec.Info.AlphaType != SKAlphaType.Opaque));
    }

    private static bool IsTiffOrPnm(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 4
        && (bytes[..4].SequenceEqual("II*\0"u8) || bytes[..4].SequenceEqual("MM\0*"u8)
            || (bytes[0] == (byte)'P' && bytes[1] is >= (byte)'1' and <= (byte)'6' && char.IsWhiteSpace((char)bytes[2])));

    private static byte[] EncodePng(RasterImage image)
    {
        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, image.HasAlpha ? SKAlphaType.Unpremul : SKAlphaType.Opaque);
        var handle = GCHandle.Alloc(image.Rgba, GCHandleType.Pinned);
        try
        {
            using var pixmap = new SKPixmap(info, handle.AddrOfPinnedObject(), info.RowBytes);
            using var encoded = pixmap.Encode(SKEncodedImageFormat.Png, 100)
                ?? throw new InvalidOperationException("SkiaSharp could not encode a PNG");
            return encoded.ToArray();
        }
        finally
        {
            handle.Free();
        }
    }
}
