using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Session;

/// <summary>Starts openbox; ready when the root window carries <c>_NET_SUPPORTING_WM_CHECK</c> (an EWMH manager is running).</summary>
internal static class WindowManagerLauncher
{
    public const string ReadinessProperty = "_NET_SUPPORTING_WM_CHECK";

    public static async Task<SessionProcess> StartAsync(
        SessionEnvironment environment,
        TimeSpan timeout,
        TimeProvider timeProvider,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var process = SessionProcess.Start("openbox", ["--sm-disable"], environment, logger);
        try
        {
            await ReadinessWait.UntilAsync(
                () => X11Probe.RootHasProperty(environment.Display, ReadinessProperty),
                process,
                "managing the screen",
                timeout,
                timeProvider,
                cancellationToken).ConfigureAwait(false);
            return process;
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
