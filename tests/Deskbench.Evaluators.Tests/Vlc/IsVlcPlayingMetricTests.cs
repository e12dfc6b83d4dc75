using Deskbench.Evaluators.Metrics.Vlc;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Vlc;

/// <summary><c>is_vlc_playing</c> on status.xml files in the layout of VLC 3's HTTP interface.</summary>
public sealed class IsVlcPlayingMetricTests : IDisposable
{
    private readonly TempDirectory files = new();

    private string Status(string state, string meta) => files.Write($"status-{Guid.NewGuid():N}.xml", $"""
        <?xml version="1.0" encoding="utf-8" standalone="yes" ?>
        <root>
        <fullscreen>false</fullscreen>
        <volume>256</volume>
        <state>{state}</state>
        <information>
          <category name="meta">{meta}</category>
          <category name="Stream 0"><info name='Codec'>H264 - MPEG-4 AVC (part 10) (avc1)</info><info name='Type'>Video</info></category>
        </information>
        </root>
        """);

    [Fact]
    public async Task File_name_rule_needs_playing_state_and_the_file_name()
    {
        var metric = new IsVlcPlayingMetric();
        var playing = Status("playing", "<info name='filename'>Rick Astley - Never Gonna Give You Up (Official Music Video).mp4</info>");
        var rule = Metric.Json("""{"type": "file_name", "file_name": "Rick Astley - Never Gonna Give You Up (Official Music Video).mp4"}""");

        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(playing), rule));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(Status("paused", "<info name='filename'>Rick Astley - Never Gonna Give You Up (Official Music Video).mp4</info>")), rule));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(Status("playing", "<info name='filename'>other.mp4</info>")), rule));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, null, rule));
    }

    [Fact]
    public async Task Url_rule_accepts_the_url_or_the_stream_file_name()
    {
        var metric = new IsVlcPlayingMetric();
        const string url = "https://devstreaming-cdn.apple.com/videos/streaming/examples/img_bipbop_adv_example_fmp4/master.m3u8";
        var rule = Metric.Json($$"""{"type": "url", "url": "{{url}}"}""");

        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(Status("playing", $"<info name='url'>{url}</info>")), rule));
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(Status("playing", "<info name='filename'>master.m3u8</info>")), rule));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(Status("playing", "<info name='filename'>other.m3u8</info>")), rule));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(Status("stopped", $"<info name='url'>{url}</info>")), rule));
    }

    public void Dispose() => files.Dispose();
}
