using System.CommandLine;
using Deskbench.Cli.Output;
using Deskbench.Harness.Export;

namespace Deskbench.Cli.Commands;

/// <summary><c>deskbench compare RUN_A RUN_B [--format text|markdown|json]</c>.</summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var runA = new Argument<string>("RUN_A") { Description = "The first run folder (or a results root holding exactly one run)." };
        var runB = new Argument<string>("RUN_B") { Description = "The second run folder (or a results root holding exactly one run)." };
        var format = new Option<string>("--format")
        {
            Description = "text (default), markdown or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var command = new Command(
            "compare",
            "Compare two runs: the tasks whose outcome or score changed, the tasks only one run has, and the change in success per domain and overall.")
        {
            runA, runB, format,
        };
        command.SetAction((parse, ct) => CliConsole.GuardAsync(async () =>
        {
            var a = RunStatistics.From(ExportRunFolders.FindOne(parse.GetRequiredValue(runA), "RUN_A"));
            var b = RunStatistics.From(ExportRunFolders.FindOne(parse.GetRequiredValue(runB), "RUN_B"));
            var comparison = RunComparison.Compare(a, b);
            var text = parse.GetValue(format) switch
            {
                "markdown" => ComparisonWriter.Markdown(comparison),
                "json" => ComparisonWriter.Json(comparison),
                _ => ComparisonWriter.Text(comparison),
            };
            await Console.Out.WriteAsync(text.AsMemory(), ct).ConfigureAwait(false);
            await Console.Out.FlushAsync(ct).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
