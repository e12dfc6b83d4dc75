using Deskbench.Core.Actions.Translation;

namespace Deskbench.Core.Tests.Translation.Vendor;

public sealed class CoordinateScalingTests
{
    [Fact]
    public void Fit_within_keeps_aspect_and_never_upscales()
    {
        var s = CoordinateScaling.FitWithin(1920, 1080, 1280, null);
        Assert.Equal((1280, 720), (s.ModelWidth, s.ModelHeight));
        Assert.True(CoordinateScaling.FitWithin(1024, 768, 1568, 1_150_000).IsIdentity);
        Assert.True(CoordinateScaling.FitWithin(1920, 1080, null, null).IsIdentity);
        var p = CoordinateScaling.FitWithin(2560, 1600, null, 1_000_000);
        Assert.True((long)p.ModelWidth * p.ModelHeight <= 1_000_000);
        Assert.Equal(1.6, (double)p.ModelWidth / p.ModelHeight, 2);
    }

    [Theory]
    [InlineData(1920, 1080, 1280, 720)]
    [InlineData(1920, 1080, 1429, 804)]
    [InlineData(2560, 1440, 1024, 576)]
    [InlineData(1366, 768, 1024, 575)]
    public void Every_screen_pixel_round_trips_within_one_model_pixel(int sw, int sh, int mw, int mh)
    {
        var s = new CoordinateScaling(sw, sh, mw, mh);
        var maxError = Math.Ceiling((double)sw / mw);
        for (var x = 0; x < sw; x += 7)
        {
            var (mx, _) = s.ToModel(x, 0);
            var (back, _) = s.ToScreen(mx, 0);
            Assert.InRange(Math.Abs(back - x), 0, maxError);
        }

        for (var y = 0; y < sh; y += 5)
        {
            var (_, my) = s.ToModel(0, y);
            var (_, back) = s.ToScreen(0, my);
            Assert.InRange(Math.Abs(back - y), 0, Math.Ceiling((double)sh / mh));
        }
    }

    [Fact]
    public void Identity_keeps_points_and_clamps_to_the_screen()
    {
        var s = CoordinateScaling.Identity(800, 600);
        Assert.Equal((123, 456), s.ToScreen(123, 456));
        Assert.Equal((799, 599), s.ToScreen(800, 600));
        Assert.Equal((10, 20), s.ToModel(10, 20));
    }

    [Fact]
    public void Region_covers_the_screen_area_shown()
    {
        var s = new CoordinateScaling(1920, 1080, 960, 540);
        Assert.Equal((200, 100, 400, 300), s.RegionToScreen(100, 50, 200, 150));
        Assert.Equal((0, 0, 1920, 1080), s.RegionToScreen(0, 0, 960, 540));
        Assert.Equal(200, s.LengthToScreen(100, horizontal: true));
    }
}
