using Deskbench.Evaluators.Metrics.Vlc;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Vlc;

/// <summary>The vlcrc metrics of vlc.py on real vlcrc text (VLC's own layout: comment lines, <c>#key=default</c>, <c>key=value</c>).</summary>
public sealed class VlcConfigMetricTests : IDisposable
{
    private const string Header = """
        ###
        ###  vlc 3.0.18
        ###

        [qt] # Qt interface

        # Show unimportant error and warnings dialogs (boolean)
        #qt-error-dialogs=1

        """;

    private readonly TempDirectory files = new();

    private string Vlcrc(string settings) => files.Write($"vlcrc-{Guid.NewGuid():N}", Header + settings + "\n");

    [Theory]
    [InlineData("check_qt_bgcone", "qt-bgcone=0", "expected_qt_bgcone", 0, 1)]
    [InlineData("check_qt_max_volume", "qt-max-volume=200", "expected_qt_max_volume", 200, 125)]
    [InlineData("check_qt_minimal_view", "qt-minimal-view=1", "expected_qt_minimal_view", 1, 0)]
    [InlineData("check_one_instance_when_started_from_file", "one-instance-when-started-from-file=0", "expected_one_instance_when_started_from_file", 0, 1)]
    [InlineData("check_play_and_exit", "play-and-exit=1", "expected_play_and_exit", 1, 0)]
    public async Task Setting_metrics_compare_the_last_line_or_the_default(string name, string line, string ruleKey, int set, int fallback)
    {
        var metric = VlcMetrics.All.Single(m => m.Name == name);
        var changed = Vlcrc($"#{line.Split('=')[0]}={fallback}\n{line}");
        var untouched = Vlcrc("");

        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(changed), Metric.Json($$"""{"{{ruleKey}}": {{set}}}""")));
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(changed), Metric.Json($$"""{"{{ruleKey}}": "{{set}}"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(untouched), Metric.Json($$"""{"{{ruleKey}}": {{set}}}""")));
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(untouched), Metric.Json($$"""{"{{ruleKey}}": {{fallback}}}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, null, Metric.Json($$"""{"{{ruleKey}}": {{set}}}""")));
    }

    [Fact]
    public async Task Setting_metrics_fail_clearly_on_a_missing_file_or_rule_key()
    {
        var metric = VlcConfigSettingMetric.QtBgCone;
        var missing = await Assert.ThrowsAsync<FileNotFoundException>(async () =>
            await Metric.ScoreAsync(metric, Metric.Text(files.Combine("nope")), Metric.Json("""{"expected_qt_bgcone": 0}""")));
        Assert.Contains("check_qt_bgcone", missing.Message, StringComparison.Ordinal);
        await Assert.ThrowsAnyAsync<Exception>(async () =>
            await Metric.ScoreAsync(metric, Metric.Text(Vlcrc("qt-bgcone=0")), Metric.Json("""{"expected": 0}""")));
    }

    [Fact]
    public async Task Recordings_folder_reads_the_first_uncommented_input_record_path()
    {
        var metric = new IsVlcRecordingsFolderMetric();
        var config = Vlcrc("#input-record-path=\ninput-record-path=/home/user/Desktop");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(config), Metric.Json("""{"recording_file_path": "/home/user/Desktop"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(config), Metric.Json("""{"recording_file_path": "/home/user/Videos"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(Vlcrc("#input-record-path=/home/user/Desktop")), Metric.Json("""{"recording_file_path": "/home/user/Desktop"}""")));
    }

    [Fact]
    public async Task Global_play_pause_key_is_1_when_bound()
    {
        var metric = new CheckGlobalKeyPlayPauseMetric();
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(Vlcrc("global-key-play-pause=Ctrl+Space")), Metric.Json("""{"expected_global_key_play_pause": 1}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(Vlcrc("#global-key-play-pause=")), Metric.Json("""{"expected_global_key_play_pause": 1}""")));
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(Vlcrc("")), Metric.Json("""{"expected_global_key_play_pause": "0"}""")));
    }

    [Fact]
    public async Task Slider_colours_match_or_are_blackish()
    {
        var metric = new CheckQtSliderColoursMetric();
        var dark = Vlcrc("qt-slider-colours=0;0;0;20;20;20;99;99;99;1;2;3");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(dark), Metric.Json("""{"type": "blackish"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(Vlcrc("")), Metric.Json("""{"type": "blackish"}""")));
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(dark), Metric.Json("""{"type": "match", "expected_qt_slider_colours": "0;0;0;20;20;20;99;99;99;1;2;3"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(dark), Metric.Json("""{"type": "match", "expected_qt_slider_colours": "153;210;153;20;210;20;255;199;15;245;39;29"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(Vlcrc("qt-slider-colours=a;b;c")), Metric.Json("""{"type": "blackish"}""")));
    }

    [Fact]
    public async Task Fullscreen_compares_window_and_screen_sizes()
    {
        var metric = new IsVlcFullscreenMetric();
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, """{"width": 1920, "height": 1080}""", """{"width": 1920, "height": 1080}"""));
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, """{"width": 1280, "height": 720}""", """{"width": 1920, "height": 1080}"""));
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, "null", """{"width": 1920, "height": 1080}"""));
    }

    public void Dispose() => files.Dispose();
}
