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
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log what happens (to stderr)." };
        var command = new Command(
            "a11y",
            "Open mousepad, LibreOffice Calc and Chromium on fresh local desktops and time GET /accessibility next to the pyatspi " +
            "walker on the same screens (p50/p95).")
        {
            reads, referenceReads, screen, walker, verbose,
        };
        command.SetAction((parse, ct) => CliConsole.GuardAsync(() => new AccessibilityBenchmark(new AccessibilityBenchmarkSettings(
            Math.Max(1, parse.GetValue(reads)),
            Math.Max(1, parse.GetValue(referenceReads)),
            ScreenSizeParser.Parse(parse.GetRequiredValue(screen), "--screen"),
            parse.GetValue(walker),
            parse.GetValue(verbose))).ExecuteAsync(ct)));
        return command;
    }
}
