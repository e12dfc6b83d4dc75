using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Deskbench.Cli.Composition;
using Deskbench.Cli.Output;
using Deskbench.Core.Environments;
using Deskbench.Core.Guest;

namespace Deskbench.Cli.Commands;

/// <summary>
/// Times <c>GET /accessibility</c> on the local provider: for each screen (mousepad, LibreOffice Calc, Chromium) a fresh
/// desktop, the application opened, then our reads over HTTP and the pyatspi reference walker's walks in the same
/// session, side by side (p50/p95, nodes, speed-up). Target (ARCHITECTURE.md): ≥ 5× faster than pyatspi on Calc, ≤ 300 ms p50.
/// Reads are timed back to back; with <see cref="AccessibilityBenchmarkSettings.PacedReads"/> also one every
/// <see cref="AccessibilityBenchmarkSettings.Pace"/> first (an agent reads once per step, seconds apart).
/// </summary>
public sealed class AccessibilityBenchmark(AccessibilityBenchmarkSettings settings)
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(180);

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        using var loggerFactory = CliLogging.Create(settings.Verbose);
        var provider = ProviderCatalog.Create("local", settings.Screen, loggerFactory);
        var walker = settings.WalkerScript ?? FindWalker();
        var work = Path.Combine(Path.GetTempPath(), $"deskbench-bench-a11y-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        var output = Console.Out;
        output.WriteLine($"deskbench bench a11y — local provider, {settings.Screen.Width}x{settings.Screen.Height}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        output.WriteLine(walker is null
            ? "pyatspi walker: tests/Deskbench.Guest.Tests/Accessibility/pyatspi_walker.py not found (run from the repository or pass --walker)"
            : $"pyatspi walker: {walker}");
        output.WriteLine($"{"screen",-18} {"reads",-13} {"nodes",6} {"ours p50",9} {"ours p95",9} {"pyatspi p50",12} {"pyatspi p95",12} {"speed-up",9}");
        try
        {
            for (var i = 0; i < AccessibilityBenchmarkScreen.All.Count; i++)
            {
                var screen = AccessibilityBenchmarkScreen.All[i];
                if (settings.App is { Length: > 0 } app && !screen.Name.Contains(app, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var environment = await provider.AcquireAsync(new EnvironmentRequest("bench-a11y", $"a11y-{i}", settings.Screen, work), cancellationToken)
                    .ConfigureAwait(false);
                await using (environment.ConfigureAwait(false))
                {
                    await MeasureAsync(environment.Guest, screen, walker, output, cancellationToken).ConfigureAwait(false);
                }
            }

            output.WriteLine("target: LibreOffice Calc ours p50 ≤ 300 ms and ≥ 5× faster than pyatspi");
            return 0;
        }
        finally
        {
            TryDelete(work);
        }
    }

    private async Task MeasureAsync(IGuestClient guest, AccessibilityBenchmarkScreen screen, string? walker, TextWriter output, CancellationToken cancellationToken)
    {
        using (var page = new MemoryStream(Encoding.UTF8.GetBytes(AccessibilityBenchmarkScreen.Page)))
        {
            await guest.UploadFileAsync(AccessibilityBenchmarkScreen.PagePath, page, cancellationToken).ConfigureAwait(false);
        }

        await guest.LaunchAsync(CommandRequest.FromShell(screen.LaunchCommand), cancellationToken).ConfigureAwait(false);
        var xml = await WaitUntilReadyAsync(guest, screen, cancellationToken).ConfigureAwait(false);
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false); // let the window settle

        if (settings.PacedReads > 0)
        {
            var paced = new List<double>(settings.PacedReads);
            for (var i = 0; i < settings.PacedReads; i++)
            {
                await Task.Delay(settings.Pace, cancellationToken).ConfigureAwait(false);
                var clock = Stopwatch.StartNew();
                xml = await guest.GetAccessibilityTreeAsync(cancellationToken).ConfigureAwait(false) ?? "";
                paced.Add(clock.Elapsed.TotalMilliseconds);
            }

            var pacedReference = walker is null ? [] : await RunWalkerAsync(guest, walker, settings.PacedReads, settings.Pace, cancellationToken).ConfigureAwait(false);
            WriteRow(output, screen, string.Create(CultureInfo.InvariantCulture, $"every {settings.Pace.TotalSeconds:0.#} s"), CountNodes(xml), paced, pacedReference);
        }

        for (var i = 0; i < 3; i++)
        {
            xml = await guest.GetAccessibilityTreeAsync(cancellationToken).ConfigureAwait(false) ?? "";
        }

        var ours = new List<double>(settings.Reads);
        for (var i = 0; i < settings.Reads; i++)
        {
            var clock = Stopwatch.StartNew();
            xml = await guest.GetAccessibilityTreeAsync(cancellationToken).ConfigureAwait(false) ?? "";
            ours.Add(clock.Elapsed.TotalMilliseconds);
        }

        var nodes = CountNodes(xml);
        var reference = walker is null ? [] : await RunWalkerAsync(guest, walker, settings.ReferenceReads, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        WriteRow(output, screen, "back-to-back", nodes, ours, reference);
    }

    private static void WriteRow(TextWriter output, AccessibilityBenchmarkScreen screen, string reads, int nodes, List<double> ours, List<double> reference)
    {
        var oursP50 = Percentiles.Of(ours, 50);
        var referenceP50 = reference.Count > 0 ? Percentiles.Of(reference, 50) : double.NaN;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{screen.Name,-18} {reads,-13} {nodes,6} {oursP50,9:0} {Percentiles.Of(ours, 95),9:0} {Format(referenceP50),12} " +
            $"{Format(reference.Count > 0 ? Percentiles.Of(reference, 95) : double.NaN),12} {(reference.Count > 0 ? $"{referenceP50 / oursP50:0.0}×" : "n/a"),9}"));
    }

    private static async Task<string> WaitUntilReadyAsync(IGuestClient guest, AccessibilityBenchmarkScreen screen, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var xml = await guest.GetAccessibilityTreeAsync(cancellationToken).ConfigureAwait(false) ?? "";
            if (xml.Contains(screen.ReadyMarker, StringComparison.Ordinal))
            {
                return xml;
            }

            if (clock.Elapsed > ReadyTimeout)
            {
                throw new CliException($"{screen.Name} did not show in the accessibility tree within {ReadyTimeout.TotalSeconds:0} s");
            }

            await Task.Delay(500, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs the walker in the guest's session (through <c>/execute</c>) <paramref name="walks"/> times, waiting
    /// <paramref name="pause"/> before each walk; each walk's milliseconds.
    /// </summary>
    private static async Task<List<double>> RunWalkerAsync(IGuestClient guest, string walker, int walks, TimeSpan pause, CancellationToken cancellationToken)
    {
        var request = new CommandRequest(
            new JsonArray(
                "/usr/bin/python3", walker, "--repeat", walks.ToString(CultureInfo.InvariantCulture),
                "--pause", pause.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture), "--timings"),
            Timeout: TimeSpan.FromMinutes(10) + (pause * walks));
        var result = await guest.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        if (result.ReturnCode != 0)
        {
            Console.Error.WriteLine($"pyatspi walker failed ({result.ReturnCode}): {result.Error}");
            return [];
        }

        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonNode.Parse(line)?["seconds"]?.GetValue<double>() * 1000)
            .OfType<double>()
            .ToList();
    }

    private static int CountNodes(string xml)
    {
        var count = 0;
        for (var i = 0; i + 1 < xml.Length; i++)
        {
            if (xml[i] == '<' && xml[i + 1] != '/')
            {
                count++;
            }
        }

        return Math.Max(0, count - 1);
    }

    private static string Format(double milliseconds) =>
        double.IsNaN(milliseconds) ? "n/a" : milliseconds.ToString("0", CultureInfo.InvariantCulture);

    private static string? FindWalker()
    {
        const string relative = "tests/Deskbench.Guest.Tests/Accessibility/pyatspi_walker.py";
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
