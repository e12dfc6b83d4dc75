using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Metrics;

public sealed class CompareTextFileMetricTests : IDisposable
{
    private readonly CompareTextFileMetric metric = new();
    private readonly TempDirectory files = new();

    [Fact]
    public async Task Equal_texts_score_1_and_different_texts_0()
    {
        var gold = files.Write("gold.txt", "hello world\n");
        var same = files.Write("same.txt", "hello world\r\n");
        var other = files.Write("other.txt", "hello  world\n");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(same), Metric.Text(gold)));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(other), Metric.Text(gold)));
    }

    [Fact]
    public async Task Ignore_blanks_collapses_whitespace_and_strips()
    {
        // OSWorld task multi_apps/df67aebb (references.bib) uses {"ignore_blanks": true}.
        var gold = files.Write("gold.bib", "@article{a,\n  title={T}\n}\n");
        var spaced = files.Write("spaced.bib", "\n@article{a,\n\ttitle={T}\n}   ");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(spaced), Metric.Text(gold), """{"ignore_blanks": true}"""));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(spaced), Metric.Text(gold)));
    }

    [Fact]
    public async Task Ignore_case_lower_cases_both()
    {
        var gold = files.Write("gold.txt", "Hello");
        var upper = files.Write("upper.txt", "HELLO");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(upper), Metric.Text(gold), """{"ignore_case": true}"""));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(upper), Metric.Text(gold)));
    }

    [Fact]
    public async Task A_missing_result_file_path_scores_0_but_a_missing_gold_file_raises()
    {
        var gold = files.Write("gold.txt", "x");
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, null, Metric.Text(gold)));
        await Assert.ThrowsAsync<FileNotFoundException>(
            () => Metric.ScoreAsync(metric, Metric.Text(gold), Metric.Text(files.Combine("absent"))));
    }

    public void Dispose() => files.Dispose();
}
