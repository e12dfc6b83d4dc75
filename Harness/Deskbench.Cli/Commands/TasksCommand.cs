using System.CommandLine;
using Deskbench.Cli.Composition;
using Deskbench.Cli.Output;
using Deskbench.Tasks.Validation;
using Spectre.Console;

namespace Deskbench.Cli.Commands;

/// <summary><c>deskbench tasks validate PATH</c> and <c>deskbench tasks list PATH</c>.</summary>
public static class TasksCommand
{
    public static Command Create()
    {
        var tasks = new Command("tasks", "Inspect task suites: validate files, list tasks.");
        tasks.Subcommands.Add(CreateValidate());
        tasks.Subcommands.Add(CreateList());
        return tasks;
    }

    private static Argument<string> PathArgument() => new("PATH")
    {
        Description = "A task file, a folder of tasks, or an index file (test_all.json style: domain → ids).",
    };

    private static Command CreateValidate()
    {
        var path = PathArgument();
        var strict = new Option<bool>("--strict") { Description = "Also fail (exit 1) when tasks name unsupported setup steps, getters or metrics." };
        var command = new Command("validate", "Check every task file; print each problem with its file, JSON path and what was expected.") { path, strict };
        command.SetAction((parse, ct) => CliConsole.GuardAsync(async () =>
        {
            var report = await new TaskValidator().ValidateAsync(parse.GetRequiredValue(path), PlatformCatalog.SupportedFeatures(), ct)
                .ConfigureAwait(false);
            if (report.TaskFileCount == 0 && report.Invalid.Count == 0)
            {
                throw new CliException($"{report.Path}: no task files found (expected a task JSON file, a folder of them, or an index file)");
            }

            foreach (var problem in report.Invalid)
            {
                Console.Out.WriteLine($"invalid: {problem}");
            }

            foreach (var problem in report.Unsupported)
            {
                Console.Out.WriteLine($"{problem}");
            }

            Console.Out.WriteLine(
                $"{report.TaskFileCount} task file(s): {report.ValidTasks.Count} valid, {report.Invalid.Count} problem(s), " +
                $"{report.RunnableTaskCount} runnable, {report.ValidTasks.Count - report.RunnableTaskCount} with unsupported features");
            foreach (var usage in report.UnsupportedFeatures.OrderByDescending(u => u.TaskCount))
            {
                Console.Out.WriteLine($"  unsupported {usage.Kind} '{usage.Name}': {usage.TaskCount} task(s)");
            }

            return !report.IsValid ? 1 : parse.GetValue(strict) && report.Unsupported.Count > 0 ? 1 : 0;
        }));
        return command;
    }

    private static Command CreateList()
    {
        var path = PathArgument();
        var domain = new Option<string?>("--domain") { Description = "Only tasks of this domain." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per task (id, domain, instruction, file)." };
        var command = new Command("list", "List the tasks found at PATH: id, domain and instruction.") { path, domain, json };
        command.SetAction((parse, ct) => CliConsole.GuardAsync(async () =>
        {
            var report = await new TaskValidator().ValidateAsync(parse.GetRequiredValue(path), PlatformCatalog.SupportedFeatures(), ct)
                .ConfigureAwait(false);
            var only = parse.GetValue(domain);
            var selected = report.ValidTasks.Where(t => only is null || t.Domain == only).ToList();
            if (parse.GetValue(json))
            {
                foreach (var t in selected)
                {
                    Console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(
                        new { id = t.Id, domain = t.Domain, instruction = t.Instruction, file = t.SourcePath }));
                }
            }
            else
            {
                var table = new Table().AddColumns("domain", "id", "instruction");
                foreach (var t in selected)
                {
                    table.AddRow(Markup.Escape(t.Domain), Markup.Escape(t.Id), Markup.Escape(Shorten(t.Instruction, 90)));
                }

                AnsiConsole.Write(table);
                AnsiConsole.WriteLine($"{selected.Count} task(s)");
            }

            foreach (var problem in report.Invalid)
            {
                Console.Error.WriteLine($"invalid: {problem}");
            }

            return report.IsValid ? 0 : 1;
        }));
        return command;
    }

    private static string Shorten(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
