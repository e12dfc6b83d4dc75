using System.CommandLine;
using Deskbench.Cli.Composition;
using Deskbench.Cli.Output;

namespace Deskbench.Cli.Commands;

/// <summary><c>deskbench bench …</c>: benchmarks that print numbers (targets in ARCHITECTURE.md).</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Measure Deskbench's own speed; prints medians (p50) and p95.");
        bench.Subcommands.Add(CreateGuest());
        bench.Subcommands.Add(CreateHarness());
        bench.Subcommands.Add(CreateReset());
        bench.Subcommands.Add(AccessibilityBenchmarkCommand.Create());
        bench.Subcommands.Add(EvaluatorBenchmarkCommand.Create());
        return bench;
    }

    private static Command CreateHarness()
    {
        var tasks = new Option<string?>("--tasks") { Description = "The suite to run (default: the repository's Tasks/examples/test_all.json)." };
        var levels = new Option<string>("--parallel-levels") { Description = "Comma-separated --parallel values to measure.", DefaultValueFactory = _ => "1,2" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log what happens (to stderr)." };
        var command = new Command(
            "harness",
            "Run the example suite with the scripted agent on the local provider at each parallel level; print wall time, tasks/min " +
            "and the harness overhead per task (episode time minus the agent's own time) p50/p95.")
        {
            tasks, levels, verbose,
        };
        command.SetAction((parse, ct) => CliConsole.GuardAsync(() => new HarnessBenchmark(new HarnessBenchmarkSettings(
            parse.GetValue(tasks),
            ParseLevels(parse.GetRequiredValue(levels)),
            parse.GetValue(verbose))).ExecuteAsync(ct)));
        return command;
    }

    private static Command CreateReset()
    {
        var provider = new Option<string>("--provider") { Description = "Environment provider: docker or local.", DefaultValueFactory = _ => "docker" };
        var count = new Option<int>("--count") { Description = "Fresh environments to start (and time).", DefaultValueFactory = _ => 10 };
        var screen = new Option<string>("--screen") { Description = "Desktop size WIDTHxHEIGHT.", DefaultValueFactory = _ => "1920x1080" };
        var settle = new Option<double>("--idle-settle") { Description = "Seconds an idle desktop settles before its memory is read.", DefaultValueFactory = _ => 2 };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log what happens (to stderr)." };
        var command = new Command("reset", "Start fresh environments one after another; print p50/p95 of \"fresh environment ready\" and memory per idle desktop.")
        {
            provider, count, screen, settle, verbose,
        };
        command.SetAction((parse, ct) => CliConsole.GuardAsync(() => new ResetBenchmark(new ResetBenchmarkSettings(
            parse.GetRequiredValue(provider),
            Math.Max(1, parse.GetValue(count)),
            ScreenSizeParser.Parse(parse.GetRequiredValue(screen), "--screen"),
            TimeSpan.FromSeconds(Math.Clamp(parse.GetValue(settle), 0, 60)),
            parse.GetValue(verbose))).ExecuteAsync(ct)));
        return command;
    }

    private static int[] ParseLevels(string text)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var levels = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out levels[i]) || levels[i] < 1)
            {
                throw new CliException($"--parallel-levels '{text}': expected whole numbers of at least 1, separated by commas");
            }
        }

        return levels.Length > 0 ? levels : throw new CliException("--parallel-levels: expected at least one level");
    }

    private static Command CreateGuest()
    {
        var environments = new Option<int>("--environments") { Description = "Fresh desktops to start (and time).", DefaultValueFactory = _ => 5 };
        var screenshots = new Option<int>("--screenshots") { Description = "Screenshot round trips to time.", DefaultValueFactory = _ => 40 };
        var actions = new Option<int>("--actions") { Description = "Single-action round trips to time.", DefaultValueFactory = _ => 200 };
        var executes = new Option<int>("--executes") { Description = "Command (/execute) round trips to time.", DefaultValueFactory = _ => 40 };
        var screen = new Option<string>("--screen") { Description = "Desktop size WIDTHxHEIGHT.", DefaultValueFactory = _ => "1920x1080" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log what happens (to stderr)." };
        var command = new Command("guest", "Start local desktops and time environment start, screenshot, single action and execute round trips.")
        {
            environments, screenshots, actions, executes, screen, verbose,
        };
        command.SetAction((parse, ct) => CliConsole.GuardAsync(() => new GuestBenchmark(new GuestBenchmarkSettings(
            Math.Max(1, parse.GetValue(environments)),
            Math.Max(1, parse.GetValue(screenshots)),
            Math.Max(1, parse.GetValue(actions)),
            Math.Max(1, parse.GetValue(executes)),
            ScreenSizeParser.Parse(parse.GetRequiredValue(screen), "--screen"),
            parse.GetValue(verbose))).ExecuteAsync(ct)));
        return command;
    }
}
