using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Deskbench.Guest.Tests.Http;
using Deskbench.Testing;

namespace Deskbench.Guest.Tests.Observations;

[Collection(GuestDesktopCollection.Name)]
public sealed partial class WindowSizeEndpointTests(GuestDesktopFixture desktop)
{
    [Fact]
    public async Task Window_size_of_an_xterm_matches_its_x_geometry_by_class_or_instance()
    {
        desktop.RequireDesktop();
        DesktopTier.RequireCommands("xterm", "xwininfo");
        var title = "deskbench-size-" + Guid.NewGuid().ToString("N")[..8];
        var (launched, _) = await desktop.Client.PostJsonAsync("/setup/launch", new JsonObject
        {
            ["command"] = new JsonArray("xterm", "-T", title, "-geometry", "70x20+40+40", "-e", "sleep", "60"),
        });
        Assert.Equal(HttpStatusCode.OK, launched);
        try
        {
            // The window manager lists the window (what /window_size reads) a moment after X maps it.
            await HttpJson.WaitForAsync(
                async () => (await PostWindowSizeAsync("XTerm")).Status == HttpStatusCode.OK ? "listed" : null, TimeSpan.FromSeconds(20), "the xterm's window");
            var geometry = await HttpJson.WaitForAsync(() => XwininfoSizeAsync(title), TimeSpan.FromSeconds(20), "the xterm's geometry");
            var (width, height) = (geometry[0], geometry[1]);

            foreach (var name in new[] { "XTerm", "xterm", "XTERM" })
            {
                var size = await PostWindowSizeAsync(name);
                Assert.Equal(HttpStatusCode.OK, size.Status);
                var json = HttpJson.Object(size.Body);
                Assert.Equal(width, (int)json["width"]!);
                Assert.Equal(height, (int)json["height"]!);
            }
        }
        finally
        {
            await desktop.Client.PostJsonAsync("/setup/close_window", new JsonObject { ["window_name"] = title, ["strict"] = true });
        }
    }

    [Fact]
    public async Task Unknown_class_is_404_and_a_missing_name_is_400()
    {
        desktop.RequireDesktop();
        var (status, body) = await PostWindowSizeAsync("no-such-class-" + Guid.NewGuid().ToString("N")[..6]);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("no window of class", body, StringComparison.Ordinal);

        using var empty = new FormUrlEncodedContent([]);
        using var response = await desktop.Client.PostAsync(new Uri("/window_size", UriKind.Relative), empty, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<(HttpStatusCode Status, string Body)> PostWindowSizeAsync(string className)
    {
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("app_class_name", className)]);
        using var response = await desktop.Client.PostAsync(new Uri("/window_size", UriKind.Relative), form, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The window's [width, height] as xwininfo (an independent X client) reports it; null when it is not mapped yet.</summary>
    private async Task<int[]?> XwininfoSizeAsync(string title)
    {
        var startInfo = new ProcessStartInfo("xwininfo", ["-name", title]) { RedirectStandardOutput = true, RedirectStandardError = true };
        startInfo.Environment["DISPLAY"] = desktop.Session.Environment.Display;
        using var process = Process.Start(startInfo)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var width = WidthLine().Match(output);
        var height = HeightLine().Match(output);
        return process.ExitCode == 0 && width.Success && height.Success
            ? [int.Parse(width.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(height.Groups[1].Value, CultureInfo.InvariantCulture)]
            : null;
    }

    [GeneratedRegex(@"^\s*Width:\s*(\d+)", RegexOptions.Multiline)]
    private static partial Regex WidthLine();

    [GeneratedRegex(@"^\s*Height:\s*(\d+)", RegexOptions.Multiline)]
    private static partial Regex HeightLine();
}
