using System.Diagnostics;
using System.Text.Json.Nodes;
using Deskbench.Evaluators.Documents.Metrics;

namespace Deskbench.Evaluators.Documents.Benchmarks;

/// <summary>
/// Times compare_table (a 5,000-row sheet), compare_docx_files (a 30-page document), compare_pptx_files (a 40-slide deck)
/// and compare_pdfs (a 30-page PDF), each on a file and its copy, and reports the median wall time per metric
/// (target: under 500 ms each). Fixtures are written into <paramref name="workFolder"/> once per run.
/// </summary>
public sealed class DocumentMetricsBenchmark(string workFolder)
{
    public async Task<IReadOnlyList<EvaluatorTiming>> RunAsync(int runs = 5, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        Directory.CreateDirectory(workFolder);
        string Fixture(string name) => Path.Combine(workFolder, name);

        BenchmarkFixtures.WriteXlsx(Fixture("sheet.xlsx"), 5000);
        BenchmarkFixtures.WriteDocx(Fixture("document.docx"), 30);
        BenchmarkFixtures.WritePptx(Fixture("deck.pptx"), 40);
        BenchmarkFixtures.WritePdf(Fixture("document.pdf"), 30);
        foreach (var name in new[] { "sheet.xlsx", "document.docx", "deck.pptx", "document.pdf" })
        {
            File.Copy(Fixture(name), Fixture("copy-" + name), overwrite: true);
        }

        var cases = new (IMetric Metric, string Fixture, string Options)[]
        {
            (new CompareTableMetric(), "sheet.xlsx (5,000 rows)", """{"rules": [{"type": "sheet_data", "sheet_idx0": 0, "sheet_idx1": "EI0"}, {"type": "check_cell", "sheet_idx": 0, "coordinate": "C2500", "props": {"value": {"method": "approx:0.1", "ref": 500}}}]}"""),
            (new CompareDocxFilesMetric(), "document.docx (30 pages)", "{}"),
            (new ComparePptxFilesMetric(), "deck.pptx (40 slides)", "{}"),
            (new ComparePdfsMetric(), "document.pdf (30 pages)", "{}"),
        };
        var files = new[] { "sheet.xlsx", "document.docx", "deck.pptx", "document.pdf" };
        var timings = new List<EvaluatorTiming>();
        for (var i = 0; i < cases.Length; i++)
        {
            var (metric, fixture, options) = cases[i];
            var call = MetricCall.Of(Fixture("copy-" + files[i]), Fixture(files[i]), (JsonObject)JsonNode.Parse(options)!);
            var score = await metric.EvaluateAsync(call, cancellationToken); // warm-up
            var samples = new List<TimeSpan>(runs);
            for (var run = 0; run < runs; run++)
            {
                var watch = Stopwatch.StartNew();
                score = await metric.EvaluateAsync(call, cancellationToken);
                samples.Add(watch.Elapsed);
            }

            samples.Sort();
            timings.Add(new EvaluatorTiming(metric.Name, fixture, samples[samples.Count / 2], runs, score));
        }

        return timings;
    }
}
