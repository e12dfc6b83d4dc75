using Deskbench.Evaluators.Metrics.Vlc;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Vlc;

/// <summary><c>compare_audios</c> and <c>compare_videos</c> on real WAV/MP4 files made by ffmpeg.</summary>
public sealed class MediaComparisonMetricTests : IDisposable
{
    private readonly TempDirectory files = new();

    [Fact]
    public async Task Compare_audios_scores_a_copy_near_1_and_a_different_sound_lower()
    {
        var tone = await MediaFiles.MakeAsync(files.Combine("tone.wav"), "sine=frequency=440:duration=2");
        var copy = files.Combine("copy.wav");
        File.Copy(tone, copy);
        var mp3 = await MediaFiles.MakeAsync(files.Combine("tone.mp3"), "sine=frequency=440:duration=2");
        var other = await MediaFiles.MakeAsync(files.Combine("other.wav"), "anoisesrc=duration=2:color=pink:seed=7");
        var metric = new CompareAudiosMetric();

        var same = await Metric.ScoreAsync(metric, Metric.Text(tone), Metric.Text(copy));
        var reencoded = await Metric.ScoreAsync(metric, Metric.Text(tone), Metric.Text(mp3));
        var different = await Metric.ScoreAsync(metric, Metric.Text(tone), Metric.Text(other));

        Assert.Equal(1.0, same, 6);
        Assert.True(reencoded > 0.9, $"an MP3 of the same tone scored {reencoded}");
        Assert.True(different < reencoded - 0.1, $"pink noise scored {different}, the re-encoded tone {reencoded}");
    }

    [Fact]
    public async Task Compare_audios_treats_None_and_undecodable_files_as_OSWorld_does()
    {
        var tone = await MediaFiles.MakeAsync(files.Combine("tone.wav"), "sine=frequency=440:duration=1");
        var broken = files.Write("broken.wav", "not audio");
        var alsoBroken = files.Write("broken2.mp3", "");
        var metric = new CompareAudiosMetric();

        Assert.Equal(0.0, await Metric.ScoreAsync(metric, null, Metric.Text(tone)));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(broken), Metric.Text(tone)));
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(broken), Metric.Text(alsoBroken)));
    }

    [Fact]
    public async Task Compare_videos_accepts_the_same_frames_and_rejects_other_content_or_length()
    {
        var video = await MediaFiles.MakeAsync(files.Combine("a.mp4"), "testsrc=duration=2:size=320x240:rate=10", "-pix_fmt", "yuv420p");
        var copy = await MediaFiles.MakeAsync(files.Combine("b.mkv"), "testsrc=duration=2:size=320x240:rate=10", "-pix_fmt", "yuv420p");
        var other = await MediaFiles.MakeAsync(files.Combine("c.mp4"), "mandelbrot=size=320x240:rate=10", "-t", "2", "-pix_fmt", "yuv420p");
        var shorter = await MediaFiles.MakeAsync(files.Combine("d.mp4"), "testsrc=duration=1:size=320x240:rate=10", "-pix_fmt", "yuv420p");
        var metric = new CompareVideosMetric();

        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(video), Metric.Text(copy)));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(video), Metric.Text(other)));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(video), Metric.Text(shorter)));
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(video), Metric.Text(shorter), """{"max_frames_to_check": 5}"""));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, null, Metric.Text(video)));
        await Assert.ThrowsAsync<MetricArgumentException>(async () =>
            await Metric.ScoreAsync(metric, Metric.Text(video), Metric.Text(copy), """{"frames": 5}"""));
    }

    public void Dispose() => files.Dispose();
}
