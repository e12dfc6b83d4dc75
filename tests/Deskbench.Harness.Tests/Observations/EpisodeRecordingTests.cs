using System.Diagnostics;
using System.Globalization;
using Deskbench.Core.Environments;
using Deskbench.Harness.Observations;
using Deskbench.Harness.Tests.Desktop;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Harness.Tests.Observations;

public sealed class EpisodeRecordingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_guest_that_cannot_record_gives_no_recording_and_no_error()
    {
        var guest = new FixedDesktopGuest(ScreenFixtures.WhiteScreenWithWidgets(10, 10), null);

        var recording = await EpisodeRecording.StartAsync(guest, Path.Combine(Path.GetTempPath(), "never.mp4"), NullLogger.Instance, Token);

        Assert.Null(recording);
    }

    [Fact]
    public async Task Disposing_an_unsaved_recording_saves_a_playable_mp4()
    {
        if (RealEpisodeParts.Parts is not { } parts)
        {
            Console.Error.WriteLine(RealEpisodeParts.Problem);
            Assert.Skip(RealEpisodeParts.Problem!);
            return;
        }

        if (!File.Exists("/usr/bin/ffmpeg") || !File.Exists("/usr/bin/ffprobe"))
        {
            Console.Error.WriteLine("desktop tier: ffmpeg is not installed (apt-get install ffmpeg)");
            Assert.Skip("desktop tier: ffmpeg is not installed (apt-get install ffmpeg)");
        }

        using var folder = new TemporaryFolder();
        var work = Directory.CreateDirectory(Path.Combine(folder.Path, "work")).FullName;
        await using var environment = await parts.Provider.AcquireAsync(
            new EnvironmentRequest("recording-test", "recording-task", ScreenSize.Default, work), Token);
        var target = Path.Combine(folder.Path, "results", "task", EpisodeRecording.FileName);

        await using (var recording = await EpisodeRecording.StartAsync(environment.Guest, target, NullLogger.Instance, Token))
        {
            Assert.NotNull(recording);
            await Task.Delay(TimeSpan.FromSeconds(3), Token);
        }

        Assert.True(File.Exists(target), "the recording was saved when disposed");
        Assert.True(await DecodedFramesAsync(target) > 0, "the saved recording decodes");
    }

    private static async Task<int> DecodedFramesAsync(string file)
    {
        var startInfo = new ProcessStartInfo("ffprobe",
            ["-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0", file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(startInfo)!;
        var output = await process.StandardOutput.ReadToEndAsync(Token);
        await process.WaitForExitAsync(Token);
        return int.TryParse(output.Trim(), CultureInfo.InvariantCulture, out var frames) ? frames : 0;
    }
}
