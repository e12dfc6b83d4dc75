using SkiaSharp;

namespace Deskbench.Evaluators.Documents.Imaging;

/// <summary>Decodes an image embedded in a document (PIL's <c>Image.open(BytesIO(blob)).tobytes()</c>, as RGBA pixels).</summary>
internal static class EmbeddedImage
{
    /// <summary>The decoded pixels with the size in front, or the raw bytes when the blob is no decodable image.</summary>
    public static byte[] Pixels(byte[] blob)
    {
        using var bitmap = SKBitmap.Decode(blob);
        if (bitmap is null)
        {
            return blob;
        }

        using var converted = bitmap.Copy(SKColorType.Rgba8888);
        var pixels = converted?.Bytes ?? bitmap.Bytes;
        return [.. BitConverter.GetBytes(bitmap.Width), .. BitConverter.GetBytes(bitmap.Height), .. pixels];
    }
}
