using Deskbench.Core.Observations;
using SkiaSharp;

namespace Deskbench.Harness.Observations;

/// <summary>
/// Draws set-of-marks boxes the way OSWorld's <c>draw_bounding_boxes</c> does: for each candidate in order, skips it when its
/// area (on the picture as drawn so far; outside the picture counts as black) is a single colour, else draws a 1-pixel red
/// outline from (x, y) to (x + w, y + h) and the box's number in white on black at its bottom-left corner, and numbers it
/// 1, 2, … in that order.
/// </summary>
public static class SetOfMarksRenderer
{
    private const float LabelSize = 15;

    private static readonly string[] FontFiles =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
    ];

    private static readonly Lazy<SKTypeface> LabelTypeface = new(LoadTypeface);

    public static TaggedScreenshot Draw(byte[] screenshotPng, IReadOnlyList<MarkCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(screenshotPng);
        ArgumentNullException.ThrowIfNull(candidates);
        using var decoded = SKBitmap.Decode(screenshotPng)
            ?? throw new ArgumentException("the screenshot is not an image Skia can decode", nameof(screenshotPng));
        using var bitmap = decoded.ColorType == SKColorType.Bgra8888 ? decoded.Copy() : decoded.Copy(SKColorType.Bgra8888);
        using var canvas = new SKCanvas(bitmap);
        using var outline = new SKPaint { Color = SKColors.Red, Style = SKPaintStyle.Stroke, StrokeWidth = 1, IsAntialias = false };
        using var labelBackground = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = false };
        using var labelText = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var font = new SKFont(LabelTypeface.Value, LabelSize);

        var drawn = new List<MarkCandidate>();
        foreach (var candidate in candidates)
        {
            if (candidate.Width <= 0 || candidate.Height <= 0 || IsSingleColour(bitmap, candidate))
            {
                continue;
            }

            var index = (drawn.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var right = candidate.X + candidate.Width;
            var bottom = candidate.Y + candidate.Height;
            canvas.DrawRect(new SKRect(candidate.X + 0.5f, candidate.Y + 0.5f, right + 0.5f, bottom + 0.5f), outline);

            font.MeasureText(index, out var bounds);
            var label = new SKRect(candidate.X + bounds.Left, bottom + bounds.Top, candidate.X + bounds.Right + 1, bottom + bounds.Bottom + 1);
            canvas.DrawRect(label, labelBackground);
            canvas.DrawText(index, candidate.X, bottom, SKTextAlign.Left, font, labelText);
            drawn.Add(candidate);
        }

        canvas.Flush();
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return new TaggedScreenshot(png.ToArray(), SetOfMarks.FromDrawn(drawn));
    }

    /// <summary>PIL's <c>len(set(image.crop(box).getdata())) == 1</c>, with pixels outside the picture black; alpha is ignored.</summary>
    private static bool IsSingleColour(SKBitmap bitmap, MarkCandidate box)
    {
        const uint ColourBits = 0x00FFFFFF; // 32-bit BGRA or RGBA pixels keep alpha in the top byte
        var pixels = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(bitmap.GetPixelSpan());
        var rowLength = bitmap.RowBytes / 4;
        uint? first = null;
        for (var y = box.Y; y < box.Y + box.Height; y++)
        {
            var rowInside = y >= 0 && y < bitmap.Height;
            for (var x = box.X; x < box.X + box.Width; x++)
            {
                var pixel = rowInside && x >= 0 && x < bitmap.Width ? pixels[(y * rowLength) + x] & ColourBits : 0u;
                if (first is null)
                {
                    first = pixel;
                }
                else if (pixel != first)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static SKTypeface LoadTypeface()
    {
        foreach (var file in FontFiles)
        {
            if (File.Exists(file) && SKTypeface.FromFile(file) is { } typeface)
            {
                return typeface;
            }
        }

        return SKTypeface.Default;
    }
}
