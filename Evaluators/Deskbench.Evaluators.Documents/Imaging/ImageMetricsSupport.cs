namespace Deskbench.Evaluators.Documents.Imaging;

/// <summary>Shared pieces of OSWorld's gimp.py image checks.</summary>
internal static class ImageMetricsSupport
{
    /// <summary>PIL <c>ImageStat.Stat(image.convert("L")).mean[0]</c>.</summary>
    public static double Brightness(RasterImage image) => image.ToGray().Average(v => (double)v);

    /// <summary>
    /// OSWorld's <c>structure_check_by_ssim(img1, img2, threshold=0.9)</c>: both at least 7×7, the same size, RGB SSIM
    /// (window 7, or the largest odd size that fits) at least the threshold.
    /// </summary>
    public static bool StructureSameBySsim(RasterImage first, RasterImage second, double threshold = 0.9)
    {
        if (first.Width < 7 || first.Height < 7 || second.Width < 7 || second.Height < 7)
        {
            return false;
        }

        if (first.Width != second.Width || first.Height != second.Height)
        {
            return false;
        }

        return StructuralSimilarity.ComputeRgb(first, second) >= threshold;
    }

    /// <summary>
    /// OSWorld's <c>normalize_brightness(image, 128)</c> then <c>structure_check_by_mse</c>: every channel scaled by
    /// 128 / brightness (truncated, clamped to 0..255), the first image resized to the second's size, MSE of the RGB
    /// values / 255 below the threshold.
    /// </summary>
    public static bool StructureSameByMse(RasterImage first, RasterImage second, double threshold)
    {
        var a = Normalize(first);
        var b = Normalize(second);
        if (a.Width != b.Width || a.Height != b.Height)
        {
            a = a.Resize(b.Width, b.Height);
        }

        var sum = 0.0;
        var pixels = a.Width * a.Height;
        for (var i = 0; i < pixels; i++)
        {
            for (var c = 0; c < 3; c++)
            {
                var d = (a.Rgba[(i * 4) + c] / 255.0) - (b.Rgba[(i * 4) + c] / 255.0);
                sum += d * d;
            }
        }

        return sum / (pixels * 3.0) < threshold;
    }

    private static RasterImage Normalize(RasterImage image)
    {
        var factor = 128.0 / Brightness(image);
        var rgba = (byte[])image.Rgba.Clone();
        for (var i = 0; i < rgba.Length; i++)
        {
            if (i % 4 != 3 || !image.HasAlpha)
            {
                rgba[i] = (byte)Math.Clamp((int)(rgba[i] * factor), 0, 255);
            }
        }

        return RasterImage.FromRgba(image.Width, image.Height, rgba, image.HasAlpha);
    }
}
