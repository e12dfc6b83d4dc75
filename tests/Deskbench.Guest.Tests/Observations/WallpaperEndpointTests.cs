using System.Net;
using System.Text.Json.Nodes;
using Deskbench.Guest.Client;
using Deskbench.Guest.Tests.Http;
using Deskbench.Testing;
using SkiaSharp;

namespace Deskbench.Guest.Tests.Observations;

[Collection(WallpaperDesktopCollection.Name)]
public sealed class WallpaperEndpointTests(GuestDesktopFixture desktop)
{
    private static readonly SKColor Left = new(230, 20, 120);
    private static readonly SKColor Right = new(10, 180, 60);

    [Fact]
    public async Task Change_wallpaper_paints_the_root_window_and_wallpaper_returns_the_same_bytes()
    {
        desktop.RequireDesktop();
        DesktopTier.RequireCommands("xwallpaper");
        var path = Path.Combine(desktop.Home, "wallpaper-" + Guid.NewGuid().ToString("N")[..6] + ".png");
        var image = TwoColourPng(GuestDesktopFixture.Width, GuestDesktopFixture.Height);
        await File.WriteAllBytesAsync(path, image, TestContext.Current.CancellationToken);
        using var guest = new GuestHttpClient(desktop.Server.BaseAddress, desktop.Token);

        Assert.Null(await guest.GetWallpaperAsync(TestContext.Current.CancellationToken));
        await guest.ChangeWallpaperAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(image, await guest.GetWallpaperAsync(TestContext.Current.CancellationToken));
        using var screen = SKBitmap.Decode(await guest.GetScreenshotAsync(TestContext.Current.CancellationToken));
        Assert.Equal(Left, screen.GetPixel(5, GuestDesktopFixture.Height - 5));
        Assert.Equal(Right, screen.GetPixel(GuestDesktopFixture.Width - 5, GuestDesktopFixture.Height - 5));
        Assert.Equal(Right, screen.GetPixel((GuestDesktopFixture.Width / 2) + 3, GuestDesktopFixture.Height - 40));
    }

    [Fact]
    public async Task Missing_image_is_404_and_a_missing_path_is_400()
    {
        desktop.RequireDesktop();
        var (missing, _) = await desktop.Client.PostJsonAsync("/setup/change_wallpaper", new JsonObject { ["path"] = "/no/such/wallpaper.png" });
        Assert.Equal(HttpStatusCode.NotFound, missing);
        var (noPath, _) = await desktop.Client.PostJsonAsync("/setup/change_wallpaper", new JsonObject());
        Assert.Equal(HttpStatusCode.BadRequest, noPath);
    }

    private static byte[] TwoColourPng(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var left = new SKPaint { Color = Left };
            using var right = new SKPaint { Color = Right };
            canvas.DrawRect(0, 0, width / 2, height, left);
            canvas.DrawRect(width / 2, 0, width - (width / 2), height, right);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
