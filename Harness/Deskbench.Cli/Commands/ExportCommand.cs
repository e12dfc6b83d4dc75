using System.CommandLine;
using Deskbench.Cli.Output;
using Deskbench.Harness.Export;

namespace Deskbench.Cli.Commands;

/// <summary><c>deskbench export RESULTS --format leaderboard|csv|markdown|osworld [--out FILE_OR_DIR]</c>.</summary>
public static class ExportCommand
{
    private static readonly string[] Formats = ["leaderboard", "csv", "markdown", "osworld"];

    public static Command Create()
    {
        var results = new Argument<string>("RESULTS")
        {
            Description = "A results root (every <action_space>/<observation_type>/<model> run folder under it) or one run folder.",
        };
        var format = new Option<string>("--format")
        {
            Description = "leaderboard (JSON, docs/leaderboard.schema.json), csv (one row per task), markdown (per-domain tables), " +
                "osworld (all_result.json as OSWorld's show_result.py writes it).",
            DefaultValueFactory = _ => "leaderboard",
        };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--out")
        {
            Description = "Write to this file instead of standard output; for osworld, the folder for all_result.json (default: the run folder).",
        };
        var command = new Command(
            "export",
            "Export a run's results: per-domain and overall success (over all tasks of the suite, with a 95% Wilson interval, and over " +
            "finished tasks), outcome counts, steps, wall time, tokens and cost, and the run manifest.")
        {
            results, format, output,
        };
        command.SetAction((parse, ct) => CliConsole.GuardAsync(async () =>
        {
            var chosen = parse.GetValue(format) ?? "leaderboard";
            var target = parse.GetValue(output);
            var root = parse.GetRequiredValue(results);
            var omniact = OmniActLeaderboard.FindReports(root);
            if (omniact.Count > 0 && RunFolderReader.FindAll(root).Count == 0)
            {
                // OmniACT results (offline scoring) have no OSWorld run folders: they export as their own leaderboard document.
                if (chosen != "leaderboard")
                {
                    throw new CliException($"RESULTS '{root}' holds OmniACT results, which export with --format leaderboard only");
                }

                await WriteTextAsync(OmniActLeaderboard.ToJson(omniact, $"deskbench {DeskbenchVersion.Current}", TimeProvider.System.GetUtcNow()), target, ct)
                    .ConfigureAwait(false);
                return 0;
            }

            var runs = ExportRunFolders.FindAll(root, "RESULTS");
            if (chosen == "osworld")
            {
                await WriteOsWorldAsync(runs, target, ct).ConfigureAwait(false);
                return 0;
            }

            var statistics = runs.Select(RunStatistics.From).ToList();
            var text = chosen switch
            {
                "csv" => CsvExport.Write(statistics),
                "markdown" => MarkdownExport.Write(statistics),
                _ => LeaderboardDocument.ToJson(statistics, $"deskbench {DeskbenchVersion.Current}", TimeProvider.System.GetUtcNow()),
            };
            await WriteTextAsync(text, target, ct).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static async Task WriteTextAsync(string text, string? target, CancellationToken cancellationToken)
    {
        if (target is null)
        {
            await Console.Out.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            var full = Path.GetFullPath(target);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllTextAsync(full, text, cancellationToken).ConfigureAwait(false);
            await Console.Error.WriteLineAsync($"wrote {full}").ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"--out '{target}': {ex.Message}");
        }
    }

    /// <summary>all_result.json per run: into --out (mirroring each run's relative folder when there are several), else the run folder.</summary>
    private static async Task WriteOsWorldAsync(IReadOnlyList<RunFolder> runs, string? target, CancellationToken cancellationToken)
    {
        foreach (var run in runs)
        {
            var directory = target is null ? run.Directory
                : runs.Count == 1 ? target
                : Path.Combine(target, run.Key.RelativePath);
            try
            {
                var path = await OsWorldAllResult.WriteAsync(run, directory, cancellationToken).ConfigureAwait(false);
                await Console.Out.WriteLineAsync($"wrote {path}").ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"--out '{directory}': {ex.Message}");
            }
        }
    }
}
