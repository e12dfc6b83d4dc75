using Deskbench.Evaluators.Metrics;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Metrics;

public sealed class FileContainsMetricTests : IDisposable
{
    private readonly FileContainsMetric metric = new();
    private readonly TempDirectory files = new();
    private readonly System.Text.Json.Nodes.JsonNode? rules = Metric.Json("""{"expected": ["Ping", "Download", "Upload"]}""");

    [Fact]
    public async Task A_file_with_every_string_scores_1()
    {
        var path = files.Write("results.txt", "Ping: 12 ms\nDownload: 90 Mbit/s\nUpload: 10 Mbit/s\n");
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(path), rules));
    }

    [Fact]
    public async Task A_missing_string_scores_0()
    {
        var path = files.Write("results.txt", "Ping: 12 ms\nDownload: 90 Mbit/s\n");
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(path), rules));
    }

    [Fact]
    public async Task None_or_a_missing_file_scores_0_without_raising()
    {
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, null, rules));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(files.Combine("absent.txt")), rules));
    }

    public void Dispose() => files.Dispose();
}
