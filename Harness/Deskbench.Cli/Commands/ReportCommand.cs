using System.CommandLine;
using Deskbench.Cli.Composition;
using Deskbench.Cli.Output;
using Deskbench.Harness.Report;

namespace Deskbench.Cli.Commands;

/// <summary><c>deskbench report RESULTS [--out DIR]</c>: writes a static web report (no network, no build step) of a run.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var results = new Argument<string>("RESULTS") { Description = "A run folder (with run.json) or a results root holding one or more runs." };
        var output = new Option<string?>("--out") { Description = "Folder for the site (default: RESULTS/report/)." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log what happens (to stderr)." };
        var command = new Command(
            "report",
            "Write a self-contained static web report of a run: summary per domain, a filterable task list, and a page per " +
            "task with its instruction, trajectory (screenshots, responses, actions), metric verdicts and errors. " +
            "Exit codes: 0 written; 2 no run data in RESULTS.")
        {
            results, output, verbose,
        };
        command.SetAction((parse, ct) => CliConsole.GuardAsync(async () =>
        {
            using var loggerFactory = CliLogging.Create(parse.GetValue(verbose));
            var generator = new ReportGenerator(loggerFactory, TimeProvider.System);
            ReportOutput written;
            try
            {
                written = await generator.GenerateAsync(parse.GetRequiredValue(results), parse.GetValue(output), ct);
            }
            catch (ReportInputException e)
            {
                throw new CliException(e.Message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"cannot write the report: {e.Message}");
            }

            Console.WriteLine($"report: {written.Runs} run(s), {written.Tasks} task(s) → {written.IndexPath}");
            return 0;
        }));
        return command;
    }
}
