using Deskbench.Core.Guest;
using Microsoft.Extensions.Logging;
using Polly;

namespace Deskbench.Guest.Client.OsWorld;

/// <summary>
/// OSWorld's readiness rule for a server it did not start: poll <c>GET /screenshot</c> until it answers 200 with an image
/// (OSWorld's Docker provider polls every second for up to 300 s): <see cref="ReadinessPolling"/> at a constant delay;
/// the timeout ends with a <see cref="GuestUnavailableException"/> naming the URL, the attempts and the last error.
/// </summary>
internal sealed class OsWorldReadinessProbe(OsWorldDialectGuestClient client, TimeSpan pollInterval, TimeProvider timeProvider, ILogger logger)
{
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var (_, attempts) = await ReadinessPolling.PollAsync(
            async token =>
            {
                _ = await client.GetScreenshotAsync(token).ConfigureAwait(false);
                return true;
            },
            exception => exception is GuestUnavailableException or GuestRequestException,
            DelayBackoffType.Constant,
            pollInterval,
            null,
            timeout,
            timeProvider,
            (attempts, lastError) => $"no OSWorld server answered GET {client.BaseAddress}screenshot with 200 within {timeout.TotalSeconds:0.###} s "
                + $"({attempts} attempt(s), one every {pollInterval.TotalSeconds:0.###} s); last error: {lastError?.Message ?? "none (the attempt was still running)"}",
            cancellationToken).ConfigureAwait(false);
        logger.LogDebug("OSWorld server at {Url} answered /screenshot after {Attempts} probe(s)", client.BaseAddress, attempts);
    }
}
