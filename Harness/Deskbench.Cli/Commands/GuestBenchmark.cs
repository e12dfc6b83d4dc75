using System.Diagnostics;
using Deskbench.Cli.Composition;
using Deskbench.Cli.Output;
using Deskbench.Core.Actions;
using Deskbench.Core.Environments;
using Deskbench.Core.Guest;

namespace Deskbench.Cli.Commands;

/// <summary>
/// Times the guest on the local provider: environment start (fresh desktop until the guest answers), screenshot, one input
/// action and one <c>/execute</c> round trip. Prints p50/p95 against the targets of ARCHITECTURE.md.
/// </summary>
public sealed class GuestBenchmark(GuestBenchmarkSettings settings)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        using var loggerFactory = CliLogging.Create(settings.Verbose);
        var provider = ProviderCatalog.Create("local", settings.Screen, loggerFactory);
        var work = Path.Combine(Path.GetTempPath(), $"deskbench-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        try
        {
            var starts = new List<double>();
            IEnvironment? kept = null;
            for (var i = 0; i < settings.Environments; i++)
            {
                var clock = Stopwatch.StartNew();
                var environment = await provider.AcquireAsync(new EnvironmentRequest("bench", $"bench-{i}", settings.Screen, work), cancellationToken)
                    .ConfigureAwait(false);
                starts.Add(clock.Elapsed.TotalMilliseconds);
                if (kept is null)
                {
                    kept = environment;
                }
                else
                {
                    await environment.DisposeAsync().ConfigureAwait(false);
                }
            }

            await using (kept!.ConfigureAwait(false))
            {
                var guest = kept!.Guest;
                await OpenWindowAsync(guest, cancellationToken).ConfigureAwait(false);
                var shots = await TimeAsync(settings.Screenshots, _ => guest.GetScreenshotAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
                var moves = await TimeAsync(settings.Actions, i => guest.ExecuteActionsAsync(
                    [new MoveAction(200 + (i % 2 * 400), 300 + (i % 3 * 100))], cancellationToken), cancellationToken).ConfigureAwait(false);
                var clicks = await TimeAsync(settings.Actions, i => guest.ExecuteActionsAsync(
                    [new ClickAction(1700 - (i % 5 * 10), 900)], cancellationToken), cancellationToken).ConfigureAwait(false);
                var executes = await TimeAsync(settings.Executes, _ => guest.ExecuteAsync(CommandRequest.FromArguments("true"), cancellationToken), cancellationToken)
                    .ConfigureAwait(false);
                var png = await guest.GetScreenshotAsync(cancellationToken).ConfigureAwait(false);

                var output = Console.Out;
                output.WriteLine($"deskbench bench guest — local provider, {settings.Screen.Width}x{settings.Screen.Height}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
                output.WriteLine($"{"measure",-34} {"n",5} {"p50 ms",9} {"p95 ms",9}  target (p50)");
                Row(output, "environment start (fresh desktop)", starts, "≤ 3000 ms");
                Row(output, $"screenshot (PNG, {png.Length / 1024} KiB)", shots, "≤ 40 ms");
                Row(output, "single action: move", moves, "≤ 5 ms");
                Row(output, "single action: click", clicks, "≤ 5 ms");
                Row(output, "execute `true`", executes, "");
            }

            return 0;
        }
        finally
        {
            TryDelete(work);
        }
    }

    /// <summary>Puts a real window on the screen so screenshots encode a realistic desktop, not a blank one.</summary>
    private static async Task OpenWindowAsync(IGuestClient guest, CancellationToken cancellationToken)
    {
        await guest.LaunchAsync(CommandRequest.FromArguments("xterm", "-title", "bench", "-geometry", "120x40+100+100", "-e", "top"), cancellationToken)
            .ConfigureAwait(false);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            var windows = await guest.ListWindowsAsync(cancellationToken).ConfigureAwait(false);
            if (windows.Any(w => w.Title.Contains("bench", StringComparison.Ordinal)))
            {
                return;
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<List<double>> TimeAsync(int count, Func<int, Task> call, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Math.Min(5, count); i++)
        {
            await call(i).ConfigureAwait(false); // warm-up
        }

        var samples = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            await call(i).ConfigureAwait(false);
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        return samples;
    }

    private static void Row(TextWriter output, string name, IReadOnlyList<double> samples, string target) =>
        output.WriteLine($"{name,-34} {samples.Count,5} {Percentiles.Of(samples, 50),9:0.0} {Percentiles.Of(samples, 95),9:0.0}  {target}");

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
