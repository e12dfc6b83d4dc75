namespace Deskbench.Evaluators.Documents.Imaging;

/// <summary>PIL's <c>convert("HSV")</c> of an RGB image (Convert.c rgb2hsv: 8-bit H and S from float math, V = max).</summary>
internal static class PilHsv
{
    /// <summary>The H, S and V planes.</summary>
    public static (byte[] H, byte[] S, byte[] V) Convert(RasterImage image)
    {
        var count = image.Width * image.Height;
        var h = new byte[count];
        var s = new byte[count];
        var v = new byte[count];
        for (var i = 0; i < count; i++)
        {
            int r = image.Rgba[i * 4], g = image.Rgba[(i * 4) + 1], b = image.Rgba[(i * 4) + 2];
            var max = Math.Max(r, Math.Max(g, b));
            var min = Math.Min(r, Math.Min(g, b));
            v[i] = (byte)max;
            if (max == min)
            {
                continue;
            }

            var range = (float)(max - min);
            var saturation = range / max;
            var rc = (max - r) / range;
            var gc = (max - g) / range;
            var bc = (max - b) / range;
            var hue = r == max ? bc - gc : g == max ? 2.0f + rc - bc : 4.0f + gc - rc;
            hue = ((hue / 6.0f) + 1.0f) % 1.0f;
            h[i] = (byte)Math.Clamp((int)(hue * 255.0f), 0, 255);
            s[i] = (byte)Math.Clamp((int)(saturation * 255.0f), 0, 255);
        }

        return (h, s, v);
    }

    /// <summary>A single-channel plane as an opaque gray RGBA image (PIL's "L" → "RGB").</summary>
    public static RasterImage GrayImage(byte[] plane, int width, int height)
    {
        var rgba = new byte[plane.Length * 4];
        for (var i = 0; i < plane.Length; i++)
        {
            rgba[i * 4] = rgba[(i * 4) + 1] = rgba[(i * 4) + 2] = plane[i];
            rgba[(i * 4) + 3] = 255;
        }

        return RasterImage.FromRgba(width, height, rgba, false);
    }
}
