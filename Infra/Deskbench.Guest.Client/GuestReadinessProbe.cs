using Deskbench.Core.Guest;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

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
        Exception? lastError = null;
        var attempts = 0;
        var pipeline = new ResiliencePipelineBuilder<string> { TimeProvider = timeProvider }
            .AddTimeout(timeout)
            .AddRetry(new RetryStrategyOptions<string>
            {
                ShouldHandle = new PredicateBuilder<string>().Handle<GuestUnavailableException>(IsWorthRetrying),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                Delay = FirstDelay,
                MaxDelay = MaxDelay,
                UseJitter = false,
                OnRetry = arguments =>
                {
                    lastError = arguments.Outcome.Exception;
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

        try
        {
            var platform = await pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await client.GetPlatformAsync(probeTimeout, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            logger.LogDebug("guest at {Url} ready after {Attempts} probe(s): {Platform}", client.BaseAddress, attempts, platform);
            return platform;
        }
        catch (TimeoutRejectedException exception)
        {
            throw new GuestUnavailableException(
                $"guest at {client.BaseAddress} not ready within {timeout.TotalSeconds:0.###} s after {attempts} probe(s): "
                + (lastError?.Message ?? "no answer"),
                lastError ?? exception);
        }
    }

    private static bool IsWorthRetrying(GuestUnavailableException exception) =>
        exception.InnerException is not GuestRequestException { IsAuthenticationFailure: true };
}
