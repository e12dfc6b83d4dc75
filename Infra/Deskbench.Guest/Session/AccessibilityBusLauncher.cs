using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Session;

/// <summary>
/// Starts the AT-SPI bus launcher on the session bus; ready when it owns <c>org.a11y.Bus</c> (waited for with
/// <c>gdbus wait</c>, which blocks on the bus instead of polling).
/// </summary>
internal static class AccessibilityBusLauncher
{
    public const string LauncherPath = "/usr/libexec/at-spi-bus-launcher";
    private const string BusName = "org.a11y.Bus";

    public static async Task<SessionProcess?> StartAsync(
        SessionEnvironment environment,
        TimeSpan timeout,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        if (!File.Exists(LauncherPath))
        {
            logger.LogWarning("{Launcher} is not installed: the accessibility tree will be unavailable", LauncherPath);
            return null;
        }

        var process = SessionProcess.Start(LauncherPath, ["--launch-immediately"], environment, logger);
        if (ExecutableLookup.Find("gdbus", Environment.GetEnvironmentVariable("PATH")) is null)
        {
            logger.LogWarning("gdbus is not installed: not waiting for the AT-SPI bus to be ready");
            return process;
        }

        try
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await using var waiter = SessionProcess.Start("gdbus", ["wait", "--session", "--timeout", seconds, BusName], environment, logger);
            await Task.WhenAny(waiter.Exited, process.Exited).WaitAsync(timeout + TimeSpan.FromSeconds(1), cancellationToken)
                .ConfigureAwait(false);
            if (process.HasExited)
            {
                await process.ExitedAndDrainedAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
                throw ReadinessWait.ExitedBefore(process, $"owning {BusName}");
            }

            if (waiter.ExitCode != 0)
            {
                throw new SessionStartException($"the AT-SPI bus launcher did not own {BusName} within {timeout.TotalSeconds:0.#} s");
            }

            return process;
        }
        catch (TimeoutException)
        {
            await process.DisposeAsync().ConfigureAwait(false);
            throw new SessionStartException($"the AT-SPI bus launcher did not own {BusName} within {timeout.TotalSeconds:0.#} s");
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
