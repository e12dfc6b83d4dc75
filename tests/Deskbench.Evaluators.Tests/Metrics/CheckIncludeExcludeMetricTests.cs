using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Metrics;

public sealed class CheckIncludeExcludeMetricTests
{
    private readonly CheckIncludeExcludeMetric metric = new();

    [Fact]
    public async Task All_included_and_none_excluded_scores_1()
    {
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(
            metric, "\"/usr/bin/spotify\\n\"", """{"include": ["spotify"], "exclude": ["not found"]}"""));
    }

    [Fact]
    public async Task An_excluded_string_scores_0()
    {
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(
            metric, "\"spotify not found\"", """{"include": ["spotify"], "exclude": ["not found"]}"""));
    }

    [Fact]
    public async Task A_missing_include_scores_0()
    {
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, "\"\"", """{"include": ["spotify"]}"""));
    }

    [Fact]
    public async Task None_scores_0()
    {
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, "null", """{"include": []}"""));
    }

    [Fact]
    public async Task Empty_rules_pass_any_string_and_exclude_defaults_to_empty()
    {
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, "\"anything\"", """{"include": [], "exclude": ["Error:"]}"""));
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, "\"use terminal\"", """{"include": ["use terminal"]}"""));
    }

    [Fact]
    public async Task A_list_result_means_list_membership()
    {
        Assert.Equal(1.0, await Metric.ScoreJsonAsync(metric, """["vlc.desktop", "x"]""", """{"include": ["vlc.desktop"]}"""));
        Assert.Equal(0.0, await Metric.ScoreJsonAsync(metric, """["vlc.desktop.old"]""", """{"include": ["vlc.desktop"]}"""));
    }
}
