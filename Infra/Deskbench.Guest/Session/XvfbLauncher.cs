using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Session;

/// <summary>
/// Starts Xvfb on a display and waits until a client can connect. The display is always named (not <c>-displayfd</c>, which
/// skips the lock file), so the server holds <c>/tmp/.XN-lock</c> like any X server and others see the display as taken.
/// An occupied display is a <see cref="DisplayOccupiedException"/>.
/// </summary>
internal static class XvfbLauncher
{
    private const string Program = "Xvfb";
    private const int AutomaticAttempts = 8;

    /// <summary>What Xvfb says when another server owns the display (lock file or listening sockets).</summary>
    private static readonly string[] OccupiedMessages = ["already active", "server already running", "Cannot establish any listening sockets"];

    public static async Task<(SessionProcess Process, XDisplayName Display)> StartAsync(
        DesktopSessionOptions options,
        TimeProvider timeProvider,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        if (options.Display is { } requested)
        {
            return (await StartOnAsync(requested, options, timeProvider, logger, cancellationToken).ConfigureAwait(false), requested);
        }

        var candidate = DesktopSessionOptions.FirstAutomaticDisplay;
        for (var attempt = 1; ; attempt++)
        {
            var display = NextFreeDisplay(ref candidate);
            try
            {
                return (await StartOnAsync(display, options, timeProvider, logger, cancellationToken).ConfigureAwait(false), display);
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
        TimeProvider timeProvider,
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
            "-screen", "0", string.Create(CultureInfo.InvariantCulture, $"{options.Width}x{options.Height}x24"),
            "-nolisten", "tcp",
            "-noreset",
            "-dpi", "96",
        ];
        var process = SessionProcess.Start(Program, arguments, environment: null, logger);
        try
        {
            var name = display.ToString();
            // Ours, not another server's: Xvfb writes its pid (setsid execs in place) to the lock file before it listens.
            await ReadinessWait.UntilAsync(
                () => DisplayOccupancy.LockOwner(display) == process.Id && X11Probe.CanConnect(name), process, "accepting clients", options.EffectiveReadyTimeout, timeProvider, cancellationToken)
                .ConfigureAwait(false);
            return process;
        }
        catch (SessionStartException exception)
        {
            await process.DisposeAsync().ConfigureAwait(false);
            if (OccupiedMessages.Any(m => exception.Message.Contains(m, StringComparison.OrdinalIgnoreCase)))
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
