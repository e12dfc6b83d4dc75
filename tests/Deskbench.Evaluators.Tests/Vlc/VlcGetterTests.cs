using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Deskbench.Evaluators.Getters.Vlc;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Vlc;

/// <summary>The vlc.py getters against the local guest (real files, real processes, a real HTTP endpoint on loopback).</summary>
public sealed class VlcGetterTests : IDisposable
{
    private readonly EvaluatorTestBed bed = new();

    private Task<JsonNode?> GetAsync(IGetter getter, string spec) =>
        getter.GetAsync(bed.GetterContext(), JsonNode.Parse(spec)!.AsObject(), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Vlc_config_copies_the_guest_vlcrc_or_returns_None()
    {
        Assert.Null(await GetAsync(new VlcConfigGetter(), """{"type": "vlc_config", "dest": "vlcrc"}"""));

        bed.WriteGuestFile(".config/vlc/vlcrc", "[qt]\nqt-bgcone=0\n");
        var path = await GetAsync(new VlcConfigGetter(), """{"type": "vlc_config", "dest": "vlcrc"}""");

        Assert.Equal(Path.Combine(bed.CacheDirectory, "vlcrc"), path!.GetValue<string>());
        Assert.Equal("[qt]\nqt-bgcone=0\n", await File.ReadAllTextAsync(path.GetValue<string>(), TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentException>(() => GetAsync(new VlcConfigGetter(), """{"type": "vlc_config"}"""));
    }

    [Fact]
    public async Task Vlc_playing_info_fetches_status_xml_with_the_password_through_the_guest()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var server = ServeOnceAsync(listener, "<root><state>playing</state></root>");
        var getter = new VlcPlayingInfoGetter { StatusUrl = $"http://127.0.0.1:{port}/requests/status.xml", RetryDelay = TimeSpan.FromMilliseconds(10) };

        var path = await GetAsync(getter, """{"type": "vlc_playing_info", "dest": "status.xml"}""");

        Assert.Equal("<root><state>playing</state></root>", await File.ReadAllTextAsync(path!.GetValue<string>(), TestContext.Current.CancellationToken));
        Assert.Contains("Authorization: Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes(":password")), await server, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vlc_playing_info_is_None_when_VLC_does_not_answer()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var getter = new VlcPlayingInfoGetter { StatusUrl = $"http://127.0.0.1:{port}/requests/status.xml", RetryDelay = TimeSpan.FromMilliseconds(10) };

        Assert.Null(await GetAsync(getter, """{"type": "vlc_playing_info", "dest": "status.xml"}"""));
        Assert.Equal(5, bed.Guest.Commands.Count);
    }

    [Fact]
    public async Task Default_video_player_is_the_most_common_xdg_mime_answer()
    {
        var bin = Path.Combine(bed.Home, "bin");
        bed.WriteGuestFile("bin/xdg-mime", "#!/bin/sh\ncase \"$3\" in video/webm) echo mpv.desktop ;; video/x-ms-*) ;; *) echo vlc.desktop ;; esac\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(bin, "xdg-mime"), UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        }

        var player = await GetAsync(new DefaultVideoPlayerGetter(), """{"type": "default_video_player"}""");
        Assert.Equal("vlc.desktop\n", player!.GetValue<string>());

        bed.WriteGuestFile("bin/xdg-mime", "#!/bin/sh\nexit 0\n");
        Assert.Equal("unknown", (await GetAsync(new DefaultVideoPlayerGetter(), """{"type": "default_video_player"}"""))!.GetValue<string>());
    }

    /// <summary>Answers one HTTP request (401 without the right credentials, as VLC does) and returns the request text.</summary>
    private static async Task<string> ServeOnceAsync(TcpListener listener, string body)
    {
        using var client = await listener.AcceptTcpClientAsync(TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        var buffer = new byte[8192];
        var request = new StringBuilder();
        while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, TestContext.Current.CancellationToken);
            if (read == 0)
            {
                break;
            }

            request.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        var authorized = request.ToString().Contains("Authorization: Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes(":password")), StringComparison.Ordinal);
        var payload = authorized ? body : "unauthorized";
        var response = $"HTTP/1.1 {(authorized ? "200 OK" : "401 Unauthorized")}\r\nContent-Type: text/xml\r\nContent-Length: {Encoding.UTF8.GetByteCount(payload)}\r\nConnection: close\r\n\r\n{payload}";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(response), TestContext.Current.CancellationToken);
        return request.ToString();
    }

    public void Dispose() => bed.Dispose();
}
