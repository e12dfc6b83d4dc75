using System.Buffers.Binary;
using System.Net;
using System.Text.Json.Nodes;

namespace Deskbench.Guest.Tests.Http;

[Collection(GuestDesktopCollection.Name)]
public sealed class ScreenEndpointTests(GuestDesktopFixture desktop)
{
    [Fact]
    public async Task Screen_size_is_the_session_screen()
    {
        desktop.RequireDesktop();
        var (status, body) = await desktop.Client.PostJsonAsync("/screen_size", new JsonObject());
        Assert.Equal(HttpStatusCode.OK, status);
        var size = HttpJson.Object(body);
        Assert.Equal(GuestDesktopFixture.Width, (int?)size["width"]);
        Assert.Equal(GuestDesktopFixture.Height, (int?)size["height"]);
    }

    [Fact]
    public async Task Screenshot_is_a_png_of_the_whole_screen()
    {
        desktop.RequireDesktop();
        using var response = await desktop.Client.GetAsync("screenshot", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(GuestDesktopFixture.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(GuestDesktopFixture.Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public async Task Cursor_position_is_a_json_pair()
    {
        desktop.RequireDesktop();
        var (status, body) = await desktop.Client.GetTextAsync("/cursor_position");
        Assert.Equal(HttpStatusCode.OK, status);
        var pair = JsonNode.Parse(body)!.AsArray();
        Assert.Equal(2, pair.Count);
        Assert.InRange((int)pair[0]!, 0, GuestDesktopFixture.Width - 1);
        Assert.InRange((int)pair[1]!, 0, GuestDesktopFixture.Height - 1);
    }

    [Fact]
    public async Task Terminal_answers_as_a_liveness_probe()
    {
        desktop.RequireDesktop();
        var (status, body) = await desktop.Client.GetTextAsync("/terminal");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("success", (string?)HttpJson.Object(body)["status"]);
    }
}
