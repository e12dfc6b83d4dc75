using Deskbench.Evaluators.Documents.Benchmarks;

namespace Deskbench.Evaluators.Documents.Tests;

public sealed class DocumentMetricsBenchmarkTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("deskbench-bench-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task The_benchmark_times_the_four_document_metrics_on_identical_copies()
    {
        var timings = await new DocumentMetricsBenchmark(folder).RunAsync(runs: 3, TestContext.Current.CancellationToken);
        Assert.Equal(["compare_table", "compare_docx_files", "compare_pptx_files", "compare_pdfs"], timings.Select(t => t.Metric));
        foreach (var timing in timings)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{timing.Metric,-20} {timing.Fixture,-26} median {timing.Median.TotalMilliseconds,8:F1} ms (score {timing.Score})");
            Assert.Equal(1.0, timing.Score);
            Assert.True(timing.Median > TimeSpan.Zero);
        }
    }
}
