using Deskbench.Core.Guest;
using Microsoft.Extensions.Logging;
using Polly;

namespace Deskbench.Guest.Client;

/// <summary>
/// Waits for a guest to answer <c>GET /platform</c>: a Polly pipeline of an overall timeout around an exponential-backoff
/// retry (no fixed sleeps). Only "not answering" is retried; a refused token ends the wait at once.
/// </summary>
internal sealed class GuestReadinessProbe(GuestHttpClient client, TimeSpan probeTimeout, TimeProvider timeProvider, ILogger logger)
{
    public static TimeSpan FirstDelay { get; } = TimeSpan.FromMilliseconds(20);

    public static TimeSpan MaxDelay { get; } = TimeSpan.FromMilliseconds(250);

    public async Task<string> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var (platform, attempts) = await ReadinessPolling.PollAsync(
            token => client.GetPlatformAsync(probeTimeout, token),
            exception => exception is GuestUnavailableException unavailable && IsWorthRetrying(unavailable),
            DelayBackoffType.Exponential,
            FirstDelay,
            MaxDelay,
            timeout,
            timeProvider,
            (attempts, lastError) => $"guest at {client.BaseAddress} not ready within {timeout.TotalSeconds:0.###} s after {attempts} probe(s): "
                + (lastError?.Message ?? "no answer"),
            cancellationToken).ConfigureAwait(false);
        logger.LogDebug("guest at {Url} ready after {Attempts} probe(s): {Platform}", client.BaseAddress, attempts, platform);
        return platform;
    }

    private static bool IsWorthRetrying(GuestUnavailableException exception) =>
        exception.InnerException is not GuestRequestException { IsAuthenticationFailure: true };
}
