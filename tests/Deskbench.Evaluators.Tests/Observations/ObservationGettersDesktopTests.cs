using System.Text.Json.Nodes;
using Deskbench.Core.Guest;
using Deskbench.Evaluators.Tests.Desktop;
using Deskbench.Evaluators.Tests.Support;
using Deskbench.Testing;
using SkiaSharp;
using static Deskbench.Evaluators.Tests.Desktop.GuestGetters;

namespace Deskbench.Evaluators.Tests.Observations;

/// <summary>
/// Desktop tier: <c>vm_window_size</c>, <c>vm_wallpaper</c> and <c>accessibility_tree</c> (with <c>check_accessibility_tree</c>) against the real guest of a local desktop of their own (the
/// wallpaper repaints the root window).
/// </summary>
public sealed class ObservationGettersDesktopTests(GuestDesktopFixture desktop) : IClassFixture<GuestDesktopFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Vm_window_size_gives_the_size_of_the_window_of_that_class()
    {
        var environment = desktop.Require();
        DesktopRequirements.Require("xterm");
        var title = Unique("sized");
        await environment.Guest.LaunchAsync(new CommandRequest(new JsonArray("xterm", "-T", title, "-geometry", "60x15")), Token);
        var window = await WaitForWindowAsync(environment.Guest, title);

        var size = await GetAsync(desktop.NewGetterContext(), """{"type": "vm_window_size", "app_class_name": "xterm"}""");
        var none = await GetAsync(desktop.NewGetterContext(), """{"type": "vm_window_size", "app_class_name": "no-such-app"}""");

        Assert.Equal(window.Width, (int)size!["width"]!);
        Assert.Equal(window.Height, (int)size["height"]!);
        Assert.Null(none);
        await environment.Guest.CloseWindowAsync(new WindowQuery(title, Strict: true, ByClass: false), Token);
    }

    [Fact]
    public async Task Vm_wallpaper_saves_the_wallpaper_image_into_the_cache_folder()
    {
        var environment = desktop.Require();
        DesktopRequirements.Require("xwallpaper");
        var context = desktop.NewGetterContext();
        Assert.Null(await GetAsync(context, """{"type": "vm_wallpaper", "dest": "none.png"}"""));

        var image = GradientPng();
        var path = $"{environment.HomeDirectory}/{Unique("wall")}.png";
        using (var content = new MemoryStream(image))
        {
            await environment.Guest.UploadFileAsync(path, content, Token);
        }

        await environment.Guest.ChangeWallpaperAsync(path, Token);
        var saved = await GetAsync(context, """{"type": "vm_wallpaper", "dest": "result_wallpaper.png"}""");

        Assert.Equal(Path.Combine(context.CacheDirectory, "result_wallpaper.png"), (string?)saved);
        Assert.Equal(image, await File.ReadAllBytesAsync((string)saved!, Token));
    }

    [Fact]
    public async Task Accessibility_tree_getter_feeds_check_accessibility_tree_with_the_real_tree()
    {
        var environment = desktop.Require();
        DesktopRequirements.Require("mousepad");
        var name = Unique("tree") + ".txt";
        var path = $"{environment.HomeDirectory}/{name}";
        using (var content = new MemoryStream("typed by the test\n"u8.ToArray()))
        {
            await environment.Guest.UploadFileAsync(path, content, Token);
        }

        await environment.Guest.LaunchAsync(new CommandRequest(new JsonArray("mousepad", path)), Token);
        JsonNode? tree = null;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !(((string?)tree)?.Contains(name, StringComparison.Ordinal) ?? false))
        {
            await Task.Delay(250, Token);
            tree = await GetAsync(desktop.NewGetterContext(), """{"type": "accessibility_tree"}""");
        }

        var metric = new Deskbench.Evaluators.Metrics.CheckAccessibilityTreeMetric();
        var found = Metric.Json("""[{"selectors": ["menu[name=File]"]}, {"xpath": "//*[contains(text(), 'typed by the test')]"}]""");
        var missing = Metric.Json("""[{"selectors": ["menu[name=File]"]}, {"xpath": "//*[contains(text(), 'never typed')]"}]""");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, tree, found));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, tree, missing));
        await environment.Guest.CloseWindowAsync(new WindowQuery(name, Strict: false, ByClass: false), Token);
    }

    private static async Task<WindowInfo> WaitForWindowAsync(IGuestClient guest, string title)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if ((await guest.ListWindowsAsync(Token)).FirstOrDefault(w => w.Title == title) is { } window)
            {
                return window;
            }

            await Task.Delay(100, Token);
        }

        throw new TimeoutException($"no window titled {title}");
    }

    /// <summary>A 64×48 PNG with a gradient (the test checks the bytes come back unchanged).</summary>
    private static byte[] GradientPng()
    {
        using var bitmap = new SKBitmap(64, 48);
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)(x * 4), (byte)(y * 5), 128));
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
