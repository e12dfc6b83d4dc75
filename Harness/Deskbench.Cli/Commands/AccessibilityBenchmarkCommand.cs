using System.CommandLine;
using Deskbench.Cli.Composition;
using Deskbench.Cli.Output;

namespace Deskbench.Cli.Commands;

/// <summary><c>deskbench bench a11y</c>: our accessibility tree against the pyatspi walker on mousepad, Calc and Chromium.</summary>
public static class AccessibilityBenchmarkCommand
{
    public static Command Create()
    {
        var reads = new Option<int>("--reads") { Description = "Our tree reads to time per screen.", DefaultValueFactory = _ => 20 };
        var referenceReads = new Option<int>("--reference-reads") { Description = "pyatspi walks to time per screen.", DefaultValueFactory = _ => 5 };
        var screen = new Option<string>("--screen") { Description = "Desktop size WIDTHxHEIGHT.", DefaultValueFactory = _ => "1920x1080" };
        var walker = new Option<string?>("--walker") { Description = "The pyatspi reference walker (default: found in the source tree)." };
        var pacedReads = new Option<int>("--paced-reads")
        {
            Description = "Also time this many reads of each side spaced like agent steps (one every --pace seconds), before the back-to-back reads (0: off).",
            DefaultValueFactory = _ => 0,
        };
        var pace = new Option<double>("--pace") { Description = "Seconds between paced reads.", DefaultValueFactory = _ => 8 };
        var app = new Option<string?>("--app") { Description = "Only the screens whose name contains this (mousepad, calc, chromium)." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log what happens (to stderr)." };
        var command = new Command(
            "a11y",
            "Open mousepad, LibreOffice Calc and Chromium on fresh local desktops and time GET /accessibility next to the pyatspi " +
            "walker on the same screens (p50/p95).")
        {
            reads, referenceReads, screen, walker, pacedReads, pace, app, verbose,
        };
        command.SetAction((parse, ct) => CliConsole.GuardAsync(() => new AccessibilityBenchmark(new AccessibilityBenchmarkSettings(
            Math.Max(1, parse.GetValue(reads)),
            Math.Max(1, parse.GetValue(referenceReads)),
            ScreenSizeParser.Parse(parse.GetRequiredValue(screen), "--screen"),
            parse.GetValue(walker),
            parse.GetValue(verbose),
            Math.Max(0, parse.GetValue(pacedReads)),
            TimeSpan.FromSeconds(Math.Clamp(parse.GetValue(pace), 0, 600)),
            parse.GetValue(app))).ExecuteAsync(ct)));
        return command;
    }
}
