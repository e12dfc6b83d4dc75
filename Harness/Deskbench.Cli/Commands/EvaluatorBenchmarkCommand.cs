using System.CommandLine;
using System.Globalization;
using Deskbench.Cli.Output;
using Deskbench.Evaluators.Documents.Benchmarks;

namespace Deskbench.Cli.Commands;

/// <summary>
/// <c>deskbench bench evaluators</c>: times compare_table, compare_docx_files, compare_pptx_files and compare_pdfs on
/// realistic fixtures it writes itself (a 5,000-row sheet, a 30-page document, a 40-slide deck, a 30-page PDF).
/// </summary>
internal static class EvaluatorBenchmarkCommand
{
    public static Command Create()
    {
        var runs = new Option<int>("--runs") { Description = "Timed runs per metric (the median is printed).", DefaultValueFactory = _ => 5 };
        var command = new Command("evaluators", "Time the document metrics on realistic fixtures and print the medians (target: each under 500 ms).")
        {
            runs,
        };
        command.SetAction((parse, ct) => CliConsole.GuardAsync(async () =>
        {
            var count = parse.GetValue(runs);
            if (count < 1)
            {
                throw new CliException($"--runs {count}: expected at least 1");
            }

            var folder = Directory.CreateTempSubdirectory("deskbench-bench-evaluators-").FullName;
            try
            {
                var timings = await new DocumentMetricsBenchmark(folder).RunAsync(count, ct).ConfigureAwait(false);
                Console.Out.WriteLine($"{"metric",-20} {"fixture",-22} {"median",10} {"runs",5} {"score",6}");
                foreach (var t in timings)
                {
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{t.Metric,-20} {t.Fixture,-22} {t.Median.TotalMilliseconds,8:0.0} ms {t.Runs,5} {t.Score,6:0.###}"));
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }

            return 0;
        }));
        return command;
    }
}
