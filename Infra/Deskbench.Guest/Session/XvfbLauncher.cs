using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Session;

/// <summary>
/// Starts Xvfb on a display and waits until it accepts clients: Xvfb writes the display number to <c>-displayfd</c> once it
/// listens, and a client connection confirms it. An occupied display is a <see cref="DisplayOccupiedException"/>.
/// </summary>
internal static class XvfbLauncher
{
    private const string Program = "Xvfb";
    private const int AutomaticAttempts = 8;

    public static async Task<(SessionProcess Process, XDisplayName Display)> StartAsync(
        DesktopSessionOptions options,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        if (options.Display is { } requested)
        {
            return (await StartOnAsync(requested, options, logger, cancellationToken).ConfigureAwait(false), requested);
        }

        var candidate = DesktopSessionOptions.FirstAutomaticDisplay;
        for (var attempt = 1; ; attempt++)
        {
            var display = NextFreeDisplay(ref candidate);
            try
            {
                return (await StartOnAsync(display, options, logger, cancellationToken).ConfigureAwait(false), display);
            }
            catch (DisplayOccupiedException) when (attempt < AutomaticAttempts)
            {
                // Another server took the same number between our check and its start: try the next one.
                logger.LogDebug("Display {Display} was taken meanwhile; trying another", display);
            }
        }
    }

    private static XDisplayName NextFreeDisplay(ref int candidate)
    {
        for (; candidate < 65535; candidate++)
        {
            var display = new XDisplayName(candidate);
            if (!File.Exists(display.LockFilePath) && !File.Exists(display.SocketPath))
            {
                candidate++;
                return display;
            }
        }

        throw new SessionStartException("no free X display number");
    }

    private static async Task<SessionProcess> StartOnAsync(
        XDisplayName display,
        DesktopSessionOptions options,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        if (DisplayOccupancy.FindOccupant(display) is { } reason)
        {
            throw new DisplayOccupiedException(reason);
        }

        string[] arguments =
        [
            display.ToString(),
            "-displayfd", "1",
            "-screen", "0", string.Create(CultureInfo.InvariantCulture, $"{options.Width}x{options.Height}x24"),
            "-nolisten", "tcp",
            "-noreset",
            "-dpi", "96",
        ];
        var process = SessionProcess.Start(Program, arguments, environment: null, logger, readStandardOutput: true);
        try
        {
            var reported = await ReadinessWait.FirstLineAsync(process, "listening", options.EffectiveReadyTimeout, cancellationToken)
                .ConfigureAwait(false);
            logger.LogDebug("Xvfb reports display {Reported}", reported);
            if (!X11Probe.CanConnect(display.ToString()))
            {
                throw new SessionStartException($"Xvfb reported {display} ready but no client can connect to it");
            }

            process.DrainToLog(process.StandardOutput, "stdout");
            return process;
        }
        catch (SessionStartException exception)
        {
            await process.DisposeAsync().ConfigureAwait(false);
            if (exception.Message.Contains("already active", StringComparison.OrdinalIgnoreCase)
                || exception.Message.Contains("in use", StringComparison.OrdinalIgnoreCase))
            {
                throw new DisplayOccupiedException($"display {display} is already in use: {exception.Message}", exception);
            }

            throw;
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
