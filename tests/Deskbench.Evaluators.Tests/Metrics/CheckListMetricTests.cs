using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Metrics;

public sealed class CheckListMetricTests : IDisposable
{
    private readonly CheckListMetric metric = new();
    private readonly TempDirectory files = new();

    // The patterns of OSWorld task thunderbird/a10b69e1 (word boundaries and a negative lookahead).
    private const string FolderRules = """
        {"expect": ["\\bCOMPANY\\.msf\\b", "\\bCOMPANY/?(?!\\.msf)", "\\bUNIVERSITY\\.msf\\b", "\\bUNIVERSITY/?(?!\\.msf)"]}
        """;

    [Fact]
    public async Task Every_expect_pattern_matching_some_line_scores_1()
    {
        var path = files.Write("ls.out", "COMPANY\nCOMPANY.msf\nInbox\nUNIVERSITY\r\nUNIVERSITY.msf\n");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(path), Metric.Json(FolderRules)));
    }

    [Fact]
    public async Task A_pattern_matching_no_line_scores_0()
    {
        var path = files.Write("ls.out", "COMPANY\nCOMPANY.msf\nInbox\n");
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(path), Metric.Json(FolderRules)));
    }

    [Fact]
    public async Task Unexpect_fails_on_any_matching_line()
    {
        // OSWorld task 415ef462: "diff.out" must be empty.
        var empty = files.Write("empty.out", string.Empty);
        var changed = files.Write("diff.out", "< a\n");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(empty), Metric.Json("""{"unexpect": [".+"]}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(changed), Metric.Json("""{"unexpect": [".+"]}""")));
    }

    [Fact]
    public async Task None_scores_0_and_a_missing_file_raises()
    {
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, null, Metric.Json("""{"expect": ["x"]}""")));
        await Assert.ThrowsAsync<FileNotFoundException>(
            () => Metric.ScoreAsync(metric, Metric.Text(files.Combine("absent")), Metric.Json("""{"expect": ["x"]}""")));
    }

    public void Dispose() => files.Dispose();
}
