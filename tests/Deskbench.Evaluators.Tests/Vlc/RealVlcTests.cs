using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Deskbench.Evaluators.Getters.Vlc;
using Deskbench.Evaluators.Metrics.Vlc;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Vlc;

/// <summary>
/// Desktop tier: a real VLC (<c>cvlc</c>, dummy audio output, the Lua HTTP interface with password <c>password</c>) plays a
/// WAV made by ffmpeg; <c>vlc_playing_info</c> fetches its real <c>status.xml</c> and <c>is_vlc_playing</c> scores it.
/// </summary>
public sealed class RealVlcTests : IDisposable
{
    private readonly EvaluatorTestBed bed = new();

    [Fact]
    public async Task Status_of_a_playing_VLC_scores_its_file_name()
    {
        if (!File.Exists("/usr/bin/cvlc"))
        {
            Assert.Skip("VLC is not installed (apt-get install vlc; scripts/install-debian.sh installs it)");
        }

        var media = await MediaFiles.MakeAsync(Path.Combine(bed.Home, "tone.wav"), "sine=frequency=440:duration=30");
        var port = FreePort();
        using var vlc = StartVlc(media, port);
        try
        {
            await WaitForPlayingAsync(port, vlc);
            var getter = new VlcPlayingInfoGetter { StatusUrl = $"http://127.0.0.1:{port}/requests/status.xml" };
            var status = await getter.GetAsync(bed.GetterContext(), new JsonObject { ["dest"] = "status.xml" }, TestContext.Current.CancellationToken);
            Assert.NotNull(status);

            var metric = new IsVlcPlayingMetric();
            Assert.Equal(1.0, await Metric.ScoreAsync(metric, status, Metric.Json("""{"type": "file_name", "file_name": "tone.wav"}""")));
            Assert.Equal(0.0, await Metric.ScoreAsync(metric, status, Metric.Json("""{"type": "file_name", "file_name": "other.wav"}""")));
        }
        finally
        {
            vlc.Kill(entireProcessTree: true);
            await vlc.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    /// <summary>VLC refuses to run as root: as root it runs as <c>nobody</c> through <c>runuser</c>.</summary>
    private Process StartVlc(string media, int port)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "/usr/sbin/runuser" : "/usr/bin/cvlc")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var arguments = new List<string>();
        if (asRoot)
        {
            arguments.AddRange(["-u", "nobody", "--", "/usr/bin/cvlc"]);
        }

        arguments.AddRange(["--intf", "dummy", "--extraintf", "http", "--http-host", "127.0.0.1", "--http-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--http-password", "password", "--aout", "dummy", "--no-video", "--loop", media]);
        arguments.ForEach(start.ArgumentList.Add);
        start.Environment["HOME"] = Path.Combine(Path.GetTempPath(), "deskbench-vlc-home");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// VLC can take several seconds to start on a loaded machine, and reports "stopped" until playback begins: wait (up to
    /// 30 s) until its status says it is playing, as it would be once the agent started the file.
    /// </summary>
    private static async Task WaitForPlayingAsync(int port, Process vlc)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(":password")));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !vlc.HasExited)
        {
            try
            {
                var status = await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/requests/status.xml"), TestContext.Current.CancellationToken);
                if (status.Contains("<state>playing</state>", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException
                || (ex is TaskCanceledException && !TestContext.Current.CancellationToken.IsCancellationRequested))
            {
                // Not listening yet, or too slow to answer: try again.
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"VLC did not report playing on port {port} (exited: {vlc.HasExited})");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => bed.Dispose();
}
