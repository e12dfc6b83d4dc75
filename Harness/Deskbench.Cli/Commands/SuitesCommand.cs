using System.CommandLine;
using Deskbench.Cli.Composition;
using Deskbench.Cli.Output;
using Deskbench.Tasks.Validation;

namespace Deskbench.Cli.Commands;

/// <summary><c>deskbench suites coverage PATH</c>: how much of a task suite this build can run and score.</summary>
public static class SuitesCommand
{
    public static Command Create()
    {
        var suites = new Command("suites", "Inspect task suites as a whole: what this build covers.");
        suites.Subcommands.Add(CreateCoverage());
        return suites;
    }

    private static Command CreateCoverage()
    {
        var path = new Argument<string>("PATH")
        {
            Description = "A task file, a folder of tasks, or an index file (test_all.json style: domain → ids).",
        };
        var json = new Option<bool>("--json") { Description = "Print the coverage as one JSON document." };
        var command = new Command(
            "coverage",
            "Per domain and in total: how many tasks have every setup step, getter and metric implemented; then the missing names and how many tasks each blocks.")
        {
            path,
            json,
        };
        command.SetAction((parse, ct) => CliConsole.GuardAsync(async () =>
        {
            var report = await new TaskValidator().ValidateAsync(parse.GetRequiredValue(path), PlatformCatalog.SupportedFeatures(), ct)
                .ConfigureAwait(false);
            if (report.TaskFileCount == 0 && report.Invalid.Count == 0)
            {
                throw new CliException($"{report.Path}: no task files found (expected a task JSON file, a folder of them, or an index file)");
            }

            var coverage = SuiteCoverage.From(report);
            if (parse.GetValue(json))
            {
                SuiteCoverageWriter.WriteJson(coverage, Console.Out);
            }
            else
            {
                SuiteCoverageWriter.WriteTable(coverage, Console.Out);
            }

            return 0;
        }));
        return command;
    }
}
