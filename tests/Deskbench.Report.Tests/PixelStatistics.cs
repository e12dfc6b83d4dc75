using SkiaSharp;

namespace Deskbench.Report.Tests;

/// <summary>Pixel checks of a PNG screenshot: the colour variance (blank-page detection) and the colour at a point.</summary>
public static class PixelStatistics
{
    /// <summary>Mean variance of the R, G and B channels over a sample grid of the image.</summary>
    public static double Variance(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a decodable image");
        var values = new List<double>();
        for (var y = 0; y < bitmap.Height; y += 4)
        {
            for (var x = 0; x < bitmap.Width; x += 4)
            {
                var pixel = bitmap.GetPixel(x, y);
                values.Add((pixel.Red + pixel.Green + pixel.Blue) / 3.0);
            }
        }

        var mean = values.Average();
        return values.Average(v => (v - mean) * (v - mean));
    }

    public static SKColor CenterColor(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a decodable image");
        return bitmap.GetPixel(bitmap.Width / 2, bitmap.Height / 2);
    }

    /// <summary>True when every channel of <paramref name="actual"/> is within <paramref name="tolerance"/> of <paramref name="expected"/>.</summary>
    public static bool Near(SKColor actual, SKColor expected, int tolerance = 12) =>
        Math.Abs(actual.Red - expected.Red) <= tolerance &&
        Math.Abs(actual.Green - expected.Green) <= tolerance &&
        Math.Abs(actual.Blue - expected.Blue) <= tolerance;
}
