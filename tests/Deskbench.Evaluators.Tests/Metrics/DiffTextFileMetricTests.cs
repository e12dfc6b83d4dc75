using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Metrics;

public sealed class DiffTextFileMetricTests : IDisposable
{
    private readonly DiffTextFileMetric metric = new();
    private readonly TempDirectory files = new();

    [Fact]
    public async Task Identical_files_score_1_even_with_different_newlines()
    {
        var result = files.Write("a.js", "let a = 1;\r\nlet b = 2;\r\n");
        var expected = files.Write("b.js", "let a = 1;\nlet b = 2;\n");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(result), Metric.Text(expected)));
    }

    [Fact]
    public async Task Partly_equal_files_score_the_difflib_line_ratio()
    {
        // Python: difflib.SequenceMatcher(a=[alpha,beta,gamma,delta], b=[alpha,gamma,delta,epsilon]).ratio() == 0.75
        var result = files.Write("a.txt", "alpha\nbeta\ngamma\ndelta\n");
        var expected = files.Write("b.txt", "alpha\ngamma\ndelta\nepsilon");
        Assert.Equal(0.75, await Metric.ScoreAsync(metric, Metric.Text(result), Metric.Text(expected)), 12);
    }

    [Fact]
    public async Task Long_files_use_difflib_autojunk()
    {
        // Python (autojunk on, as OSWorld calls it): 0.018148820326678767; with autojunk off it would be 0.7803992740471869.
        var result = files.Write("a.txt", string.Join("\n", Enumerable.Range(0, 300).Select(i => $"line {i % 7}")));
        var expected = files.Write("b.txt", string.Join("\n", Enumerable.Range(0, 250).Select(i => $"line {i % 5}").Append("tail")));
        Assert.Equal(0.018148820326678767, await Metric.ScoreAsync(metric, Metric.Text(result), Metric.Text(expected)), 12);
    }

    [Fact]
    public async Task None_scores_0_and_a_missing_file_raises()
    {
        var expected = files.Write("b.txt", "x");
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, null, Metric.Text(expected)));
        await Assert.ThrowsAsync<FileNotFoundException>(
            () => Metric.ScoreAsync(metric, Metric.Text(files.Combine("absent")), Metric.Text(expected)));
    }

    public void Dispose() => files.Dispose();
}
