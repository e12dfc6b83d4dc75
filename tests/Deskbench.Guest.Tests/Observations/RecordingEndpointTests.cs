using System.Diagnostics;
using System.Globalization;
using System.Net;
using Deskbench.Guest.Tests.Http;
using Deskbench.Testing;

namespace Deskbench.Guest.Tests.Observations;

[Collection(GuestDesktopCollection.Name)]
public sealed class RecordingEndpointTests(GuestDesktopFixture desktop)
{
    [Fact]
    public async Task A_recording_of_a_few_seconds_is_a_playable_mp4()
    {
        desktop.RequireDesktop();
        DesktopTier.RequireCommands("ffmpeg", "ffprobe");
        var (started, startBody) = await PostAsync("/start_recording");
        Assert.Equal(HttpStatusCode.OK, started);
        Assert.Equal("success", (string?)HttpJson.Object(startBody)["status"]);
        var (again, _) = await PostAsync("/start_recording");
        Assert.Equal(HttpStatusCode.BadRequest, again);

        var guestPath = (string)HttpJson.Object(startBody)["path"]!;
        await HttpJson.WaitForAsync(
            async () =>
            {
                await Task.Delay(200, TestContext.Current.CancellationToken);
                return File.Exists(guestPath) && new FileInfo(guestPath).Length > 8192 ? "written" : null;
            },
            TimeSpan.FromSeconds(30), "ffmpeg to write fragments");
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        using var response = await desktop.Client.PostAsync(new Uri("/end_recording", UriKind.Relative), null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mp4 = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var file = Path.Combine(desktop.Home, "recording-" + Guid.NewGuid().ToString("N")[..6] + ".mp4");
        await File.WriteAllBytesAsync(file, mp4, TestContext.Current.CancellationToken);

        var (duration, frames) = await ProbeAsync(file);
        Assert.True(duration is > 0 and < 60, $"duration {duration} s");
        Assert.True(frames > 10, $"only {frames} frames decoded");
        Assert.False(File.Exists(guestPath), "the guest's copy is removed once returned");

        var (afterEnd, _) = await PostAsync("/end_recording");
        Assert.Equal(HttpStatusCode.BadRequest, afterEnd);
    }

    [Fact]
    public async Task A_recording_whose_ffmpeg_was_killed_is_still_playable()
    {
        desktop.RequireDesktop();
        DesktopTier.RequireCommands("ffmpeg", "ffprobe");
        var (started, startBody) = await PostAsync("/start_recording");
        Assert.Equal(HttpStatusCode.OK, started);
        var path = (string)HttpJson.Object(startBody)["path"]!;

        // Kill once ffmpeg has written a few fragments past the header (on a loaded machine its start can take seconds).
        await HttpJson.WaitForAsync(
            async () =>
            {
                await Task.Delay(200, TestContext.Current.CancellationToken);
                return File.Exists(path) && new FileInfo(path).Length > 8192 ? "written" : null;
            },
            TimeSpan.FromSeconds(30), "ffmpeg to write fragments");

        using (var ffmpeg = FindProcessWritingTo(path))
        {
            ffmpeg.Kill();
            await ffmpeg.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var (_, frames) = await ProbeAsync(path);
        Assert.True(frames > 5, $"only {frames} frames decoded from the killed recording");

        using var response = await desktop.Client.PostAsync(new Uri("/end_recording", UriKind.Relative), null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string path)
    {
        using var response = await desktop.Client.PostAsync(new Uri(path, UriKind.Relative), null, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static Process FindProcessWritingTo(string path)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline"));
                if (commandLine.StartsWith("ffmpeg\0", StringComparison.Ordinal) && commandLine.Contains(path, StringComparison.Ordinal))
                {
                    return Process.GetProcessById(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }

        throw new InvalidOperationException("no ffmpeg process writes " + path);
    }

    /// <summary>The container's duration (seconds; 0 when ffprobe reports none) and the number of video frames that decode.</summary>
    private static async Task<(double Duration, int Frames)> ProbeAsync(string file)
    {
        var output = await RunAsync("ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
            "-show_entries", "stream=nb_read_frames:format=duration", "-of", "default=noprint_wrappers=1", file);
        var values = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2)).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1]);
        var duration = values.TryGetValue("duration", out var d) && double.TryParse(d, CultureInfo.InvariantCulture, out var seconds) ? seconds : 0;
        var frames = values.TryGetValue("nb_read_frames", out var f) && int.TryParse(f, CultureInfo.InvariantCulture, out var count) ? count : 0;
        return (duration, frames);
    }

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"{program} failed: {await errors}");
        return await output;
    }
}
