using Deskbench.Core.Guest;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Deskbench.Guest.Client.OsWorld;

/// <summary>
/// OSWorld's readiness rule for a server it did not start: poll <c>GET /screenshot</c> until it answers 200 with an image
/// (OSWorld's Docker provider polls every second for up to 300 s). A Polly pipeline of an overall timeout around a
/// constant-delay retry; the timeout ends with a <see cref="GuestUnavailableException"/> naming the URL, the attempts
/// and the last error.
/// </summary>
internal sealed class OsWorldReadinessProbe(OsWorldDialectGuestClient client, TimeSpan pollInterval, TimeProvider timeProvider, ILogger logger)
{
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        Exception? lastError = null;
        var attempts = 0;
        var pipeline = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddTimeout(timeout)
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<GuestUnavailableException>().Handle<GuestRequestException>(),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Constant,
                Delay = pollInterval,
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
            await pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    _ = await client.GetScreenshotAsync(token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            logger.LogDebug("OSWorld server at {Url} answered /screenshot after {Attempts} probe(s)", client.BaseAddress, attempts);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new GuestUnavailableException(
                $"no OSWorld server answered GET {client.BaseAddress}screenshot with 200 within {timeout.TotalSeconds:0.###} s "
                + $"({attempts} attempt(s), one every {pollInterval.TotalSeconds:0.###} s); last error: {lastError?.Message ?? "none (the attempt was still running)"}",
                lastError ?? exception);
        }
    }
}
