using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Python;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Metrics;

public sealed class BasicOsMetricTests
{
    [Fact]
    public async Task Gnome_favorite_apps_compares_the_evaluated_list_as_a_set()
    {
        var metric = new CheckGnomeFavoriteAppsMetric();
        var rule = Metric.Json("""{"expected": ["thunderbird.desktop", "vim.desktop", "google-chrome.desktop"]}""");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text("['vim.desktop', 'google-chrome.desktop', 'thunderbird.desktop']\n"), rule));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text("['vim.desktop', 'thunderbird.desktop']\n"), rule));
        await Assert.ThrowsAsync<PythonErrorException>(() => Metric.ScoreAsync(metric, Metric.Text("@as []"), rule));
    }

    [Fact]
    public async Task Is_utc_0_reads_the_time_zone_line()
    {
        var metric = new IsUtc0Metric();
        const string utc = "      Local time: Thu 2024-01-25 12:56:06 UTC\n  Universal time: Thu 2024-01-25 12:56:06 UTC\n        RTC time: Thu 2024-01-25 12:56:05\n       Time zone: Etc/UTC (UTC, +0000)\n";
        var result = await metric.EvaluateAsync(MetricCall.ResultOnly(Metric.Text(utc)), TestContext.Current.CancellationToken);
        Assert.Equal(1.0, result);
        var berlin = utc.Replace("Etc/UTC (UTC, +0000)", "Europe/Berlin (CET, +0100)", StringComparison.Ordinal);
        Assert.Equal(0.0, await metric.EvaluateAsync(MetricCall.ResultOnly(Metric.Text(berlin)), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Text_enlarged_needs_a_factor_above_1()
    {
        var metric = new CheckTextEnlargedMetric();
        Assert.Equal(1.0, await metric.EvaluateAsync(MetricCall.ResultOnly(Metric.Text("1.25\n")), TestContext.Current.CancellationToken));
        Assert.Equal(0.0, await metric.EvaluateAsync(MetricCall.ResultOnly(Metric.Text("1.0\n")), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Moved_jpgs_compares_the_folder_children()
    {
        var metric = new CheckMovedJpgsMetric();
        var rule = Metric.Json("""{"expected": ["a.jpg", "b.jpg"]}""");
        var tree = Metric.Json("""{"type": "directory", "name": "cpjpg", "children": [{"type": "file", "name": "b.jpg"}, {"type": "file", "name": "a.jpg"}]}""");
        var extra = Metric.Json("""{"type": "directory", "name": "cpjpg", "children": [{"type": "file", "name": "a.jpg"}, {"type": "file", "name": "c.png"}]}""");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, tree, rule));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, extra, rule));
    }

    [Fact]
    public async Task Clipboard_metric_takes_the_rule_as_result_and_the_clipboard_as_expected()
    {
        var metric = new IsInVmClipboardMetric();
        var config = Metric.Json("""{"expected": "/home/user/Data3/List3/secret.docx"}""");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, config, Metric.Text("/home/user/Data3/List3/secret.docx")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, config, Metric.Text("/home/user/other.docx")));
    }

    [Fact]
    public void Python_literals_parse_like_ast_literal_eval()
    {
        Assert.Equal(
            """['a', "it's", 1, 2.5, True, None, ['x'], {'k': -3}]""",
            PythonFormatting.Str(PythonLiteral.Parse("""['a', "it's", 1, 2.5, True, None, ('x',), {'k': -3}]""")));
        Assert.Throws<PythonErrorException>(() => PythonLiteral.Parse("['a'"));
    }
}
