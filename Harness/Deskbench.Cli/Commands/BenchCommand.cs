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
        return bench;
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
