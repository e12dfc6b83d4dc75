using System.Diagnostics;
using Deskbench.Guest.Backend;
using SkiaSharp;

namespace Deskbench.Guest.Tests.Linux;

/// <summary>A rectangle of the screen, captured until the app under test has finished repainting it.</summary>
internal sealed record ScreenRegion(IScreenCapture Screen, int Left, int Top, int Width, int Height)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(30);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public int CountDifferences(SKBitmap a, SKBitmap b) => ScreenPixels.CountDifferences(a, b, Left, Top, Width, Height);

    /// <summary>
    /// Captures (without the cursor) until two consecutive frames agree in the region — and, when given, differ from
    /// <paramref name="differentFrom"/> — or the timeout passes; returns the last frame.
    /// </summary>
    public async Task<SKBitmap> CaptureStableAsync(SKBitmap? differentFrom = null)
    {
        var clock = Stopwatch.StartNew();
        var previous = ScreenPixels.Capture(Screen, includeCursor: false);
        while (clock.Elapsed < Timeout)
        {
            await Task.Delay(Poll, TestContext.Current.CancellationToken);
            var current = ScreenPixels.Capture(Screen, includeCursor: false);
            var stable = CountDifferences(previous, current) == 0;
            var changed = differentFrom is null || CountDifferences(differentFrom, current) > 0;
            previous.Dispose();
            previous = current;
            if (stable && changed)
            {
                break;
            }
        }

        return previous;
    }
}
