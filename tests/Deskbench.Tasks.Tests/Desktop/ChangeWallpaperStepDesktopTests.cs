using Deskbench.Core.Setup;
using SkiaSharp;
using static Deskbench.Tasks.Tests.Desktop.DesktopSteps;

namespace Deskbench.Tasks.Tests.Desktop;

/// <summary>
/// Desktop tier: <c>change_wallpaper</c> against the real guest on its own desktop (the painted root window would show in other
/// tests' screenshots): the guest then serves the same image from <c>/wallpaper</c> and the screen shows it.
/// </summary>
public sealed class ChangeWallpaperStepDesktopTests(RealDesktopFixture desktop) : IClassFixture<RealDesktopFixture>
{
    private static readonly SKColor Top = new(250, 200, 10);
    private static readonly SKColor Bottom = new(20, 60, 220);

    [Fact]
    public async Task Change_wallpaper_paints_the_image_and_the_guest_serves_it_back()
    {
        var environment = desktop.Require("xwallpaper");
        var size = await environment.Guest.GetScreenSizeAsync(Token);
        var image = TwoBands(size.Width, size.Height);
        var path = $"{environment.HomeDirectory}/{Unique("wallpaper")}.png";
        using (var content = new MemoryStream(image))
        {
            await environment.Guest.UploadFileAsync(path, content, Token);
        }

        await RunAsync(desktop.NewContext(), Step("change_wallpaper", $$"""{"path": "{{path}}"}"""));

        Assert.Equal(image, await environment.Guest.GetWallpaperAsync(Token));
        using var screen = SKBitmap.Decode(await environment.Guest.GetScreenshotAsync(Token));
        Assert.Equal(Bottom, screen.GetPixel(size.Width - 10, size.Height - 10));
        Assert.Equal(Top, screen.GetPixel(size.Width - 10, (size.Height / 2) - 10));
    }

    [Fact]
    public async Task A_missing_image_fails_the_step()
    {
        desktop.Require("xwallpaper");

        var error = await Assert.ThrowsAsync<SetupStepException>(() =>
            RunAsync(desktop.NewContext(), Step("change_wallpaper", """{"path": "/no/such/wallpaper.png"}""")));

        Assert.Equal("change_wallpaper", error.StepType);
    }

    private static byte[] TwoBands(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var top = new SKPaint { Color = Top };
            using var bottom = new SKPaint { Color = Bottom };
            canvas.DrawRect(0, 0, width, height / 2, top);
            canvas.DrawRect(0, height / 2, width, height - (height / 2), bottom);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
