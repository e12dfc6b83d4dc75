using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Metrics;

public sealed class CheckLineNumberMetricTests : IDisposable
{
    private readonly CheckLineNumberMetric metric = new();
    private readonly TempDirectory files = new();

    private string Report(int timedLines) => files.Write(
        $"report{timedLines}.txt",
        "Linux 6.1 (host)\n\n" + string.Concat(Enumerable.Range(0, timedLines).Select(i => $"10:00:{i % 60:00} AM all 1.0\n")) + "Average: all 1.0\n");

    [Fact]
    public async Task The_expected_number_of_timestamped_lines_scores_1()
    {
        // OSWorld task multi_apps/2373b66a: {"expected": "31"} (a string, converted with int()).
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(Report(31)), Metric.Json("""{"expected": "31"}""")));
    }

    [Fact]
    public async Task Another_count_scores_0()
    {
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(Report(30)), Metric.Json("""{"expected": "31"}""")));
    }

    [Fact]
    public async Task None_missing_file_or_non_integer_expected_score_0()
    {
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, null, Metric.Json("""{"expected": "1"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(files.Combine("absent")), Metric.Json("""{"expected": "1"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(Report(1)), Metric.Json("""{"expected": "one"}""")));
    }

    public void Dispose() => files.Dispose();
}
