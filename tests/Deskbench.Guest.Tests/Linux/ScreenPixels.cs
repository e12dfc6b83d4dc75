using Deskbench.Core.Guest;
using Deskbench.Guest.Backend;
using SkiaSharp;

namespace Deskbench.Guest.Tests.Linux;

/// <summary>Test helpers: decode screenshots and read pixels; find a window's geometry through the backend.</summary>
internal static class ScreenPixels
{
    public static SKBitmap Decode(byte[] png) =>
        SKBitmap.Decode(png) ?? throw new InvalidOperationException("The screenshot is not a decodable PNG.");

    public static SKBitmap Capture(IScreenCapture screen, bool includeCursor = true) => Decode(screen.CapturePng(includeCursor));

    /// <summary>0xRRGGBB at (x, y).</summary>
    public static int Rgb(SKBitmap bitmap, int x, int y)
    {
        var color = bitmap.GetPixel(x, y);
        return (color.Red << 16) | (color.Green << 8) | color.Blue;
    }

    /// <summary>How many pixels differ between two same-sized images inside the rectangle.</summary>
    public static int CountDifferences(SKBitmap a, SKBitmap b, int left, int top, int width, int height)
    {
        var count = 0;
        for (var y = top; y < top + height; y++)
        {
            for (var x = left; x < left + width; x++)
            {
                if (a.GetPixel(x, y) != b.GetPixel(x, y))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>
    /// The window's geometry once the window manager has finished placing and decorating it (the same on consecutive
    /// polls) and has made it the active window.
    /// </summary>
    public static async Task<WindowInfo> SettledWindowAsync(IWindowManager windows, long id)
    {
        WindowInfo? previous = null;
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var current = windows.ListWindows().SingleOrDefault(window => window.Id == id);
            if (current is not null && current == previous && current.IsActive)
            {
                return current;
            }

            previous = current;
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"Window 0x{id:x} did not settle: last seen {previous}");
    }
}
