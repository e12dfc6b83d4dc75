using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Session;

/// <summary>Starts a session D-Bus daemon (kept as a child, not forked away); ready when it prints its address.</summary>
internal static class SessionBusLauncher
{
    public static async Task<(SessionProcess Process, string Address)> StartAsync(
        TimeSpan timeout,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var process = SessionProcess.Start(
            "dbus-daemon", ["--session", "--nofork", "--nopidfile", "--print-address=1"], environment: null, logger, readStandardOutput: true);
        try
        {
            var address = await ReadinessWait.FirstLineAsync(process, "its address", timeout, cancellationToken).ConfigureAwait(false);
            if (address.Length == 0)
            {
                throw new SessionStartException("dbus-daemon printed an empty address");
            }

            process.DrainToLog(process.StandardOutput, "stdout");
            return (process, address);
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
