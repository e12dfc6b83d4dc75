using Deskbench.Core.Guest;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Deskbench.Guest.Client;

/// <summary>
/// Polls a server until a probe answers: a Polly pipeline of an overall timeout around a retry of the probe (no fixed
/// sleeps). The retry handles only the failures <c>isRetryable</c> accepts; when the timeout ends the wait, a
/// <see cref="GuestUnavailableException"/> carries the caller's message built from the attempt count and the last error.
/// </summary>
internal static class ReadinessPolling
{
    /// <summary>The probe's answer and the attempts it took.</summary>
    public static async Task<(T Answer, int Attempts)> PollAsync<T>(
        Func<CancellationToken, Task<T>> probe,
        Func<Exception, bool> isRetryable,
        DelayBackoffType backoff,
        TimeSpan delay,
        TimeSpan? maxDelay,
        TimeSpan timeout,
        TimeProvider timeProvider,
        Func<int, Exception?, string> timeoutMessage,
        CancellationToken cancellationToken)
    {
        Exception? lastError = null;
        var attempts = 0;
        var pipeline = new ResiliencePipelineBuilder<T> { TimeProvider = timeProvider }
            .AddTimeout(timeout)
            .AddRetry(new RetryStrategyOptions<T>
            {
                ShouldHandle = new PredicateBuilder<T>().Handle(isRetryable),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = backoff,
                Delay = delay,
                MaxDelay = maxDelay,
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
            var answer = await pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await probe(token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            return (answer, attempts);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new GuestUnavailableException(timeoutMessage(attempts, lastError), lastError ?? exception);
        }
    }
}
