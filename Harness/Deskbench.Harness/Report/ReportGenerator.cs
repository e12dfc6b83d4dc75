using Microsoft.Extensions.Logging;
using System.Text;

namespace Deskbench.Harness.Report;

/// <summary>
/// <c>deskbench report</c>: turns a run folder (or a results root holding runs) into a static site — index.html with
/// the summary and a filterable task list, one page and one small data file per task, the assets — with no network
/// and no build step. Screenshots are referenced where the run wrote them (relative URLs), not copied.
/// </summary>
public sealed class ReportGenerator(ILoggerFactory loggerFactory, TimeProvider timeProvider)
{
    /// <summary>The default output folder inside the results folder.</summary>
    public const string DefaultOutputFolder = "report";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ILogger<ReportGenerator> _logger = loggerFactory.CreateLogger<ReportGenerator>();

    /// <summary>Writes the site into <paramref name="outputDirectory"/> (default: <c>RESULTS/report</c>).</summary>
    /// <exception cref="ReportInputException">the results path does not exist or holds no run.json.</exception>
    public async Task<ReportOutput> GenerateAsync(string resultsPath, string? outputDirectory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resultsPath);
        var output = Path.GetFullPath(outputDirectory ?? Path.Combine(resultsPath, DefaultOutputFolder));
        var runFolders = RunFolderLocator.Find(resultsPath, output);
        var reader = new ReportRunReader(loggerFactory);
        var runs = runFolders.Select(reader.Read).ToList();
        var layout = new ReportPageLayout(output, runs.Count);
        Directory.CreateDirectory(output);
        await ReportAssets.CopyToAsync(layout.AssetsDirectory, cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(layout.IndexDataPath)!);
        await File.WriteAllTextAsync(layout.IndexDataPath, IndexDataWriter.Render(runs, layout), Utf8, cancellationToken);
        for (var i = 0; i < runs.Count; i++)
        {
            await WriteTaskPagesAsync(runs[i], i, layout, cancellationToken);
        }

        await File.WriteAllTextAsync(layout.IndexPath, IndexPageWriter.Render(runs, timeProvider.GetUtcNow()), Utf8, cancellationToken);
        var taskCount = runs.Sum(r => r.Tasks.Count);
        _logger.LogInformation("Report of {Runs} run(s), {Tasks} task(s) written to {Directory}", runs.Count, taskCount, output);
        return new ReportOutput(output, layout.IndexPath, runs.Count, taskCount);
    }

    private static async Task WriteTaskPagesAsync(ReportRun run, int runIndex, ReportPageLayout layout, CancellationToken cancellationToken)
    {
        var pages = run.Tasks.Select(t => layout.TaskPagePath(runIndex, t)).ToList();
        for (var t = 0; t < run.Tasks.Count; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var task = run.Tasks[t];
            var page = pages[t];
            Directory.CreateDirectory(Path.GetDirectoryName(page)!);
            var steps = TrajectoryFileReader.Read(task.Directory);
            await File.WriteAllTextAsync(layout.TaskDataPath(runIndex, task), TaskDataWriter.Render(steps, page), Utf8, cancellationToken);
            var html = TaskPageWriter.Render(
                task,
                page,
                layout.RootPrefixOf(page),
                t > 0 ? pages[t - 1] : null,
                t < pages.Count - 1 ? pages[t + 1] : null);
            await File.WriteAllTextAsync(page, html, Utf8, cancellationToken);
        }
    }
}
