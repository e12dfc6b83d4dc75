using SkiaSharp;

namespace Deskbench.Harness.Tests.Observations;

/// <summary>Screens drawn for the set-of-marks tests: white, with a dark "widget" (a filled bar) inside chosen rectangles.</summary>
internal static class ScreenFixtures
{
    public static byte[] WhiteScreenWithWidgets(int width, int height, params SKRectI[] widgets)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var ink = new SKPaint { Color = new SKColor(40, 40, 200), IsAntialias = false };
            foreach (var widget in widgets)
            {
                canvas.DrawRect(widget.Left + 4, widget.Top + 4, widget.Width / 2, widget.Height / 2, ink);
            }
        }

        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    public static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a PNG");
}
