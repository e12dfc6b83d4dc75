using SkiaSharp;

namespace Deskbench.Testing.Agents;

/// <summary>Real PNG screenshots for the tests: a grey screen with a red square at a known place.</summary>
public static class TestScreens
{
    public static byte[] Png(int width, int height, SKRectI? red = null)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Gray);
            if (red is { } r)
            {
                using var paint = new SKPaint { Color = SKColors.Red };
                canvas.DrawRect(r, paint);
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static SKBitmap Decode(string base64) => SKBitmap.Decode(Convert.FromBase64String(base64));
}
