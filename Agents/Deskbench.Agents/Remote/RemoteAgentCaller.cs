using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Deskbench.Agents.Remote;

/// <summary>
/// POSTs JSON to the agent server with a per-call time limit; no answer, a 5xx or a 429 is retried with exponential
/// backoff (a 429's <c>Retry-After</c> is honoured); any other non-2xx answer fails at once.
/// </summary>
internal sealed class RemoteAgentCaller
{
    private readonly HttpClient _http;
    private readonly RemoteAgentOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;
    private readonly TimeProvider _timeProvider;

    public RemoteAgentCaller(HttpClient http, RemoteAgentOptions options, ILogger logger, TimeProvider timeProvider)
    {
        _http = http;
        _options = options;
        _timeProvider = timeProvider;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.Retries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.RetryDelay > TimeSpan.Zero,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutException>()
                    .HandleResult(r => r.StatusCode == HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                OnRetry = args =>
                {
                    logger.LogWarning("Agent at {Url}: retry {Attempt} after {Cause}", options.BaseUrl, args.AttemptNumber + 1,
                        args.Outcome.Exception?.Message ?? $"HTTP {(int)args.Outcome.Result!.StatusCode}");
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            });
        }

        _retry = builder.Build();
    }

    /// <summary>POSTs <paramref name="body"/> to <paramref name="path"/> and returns the reply's text (2xx only).</summary>
    public async Task<string> PostAsync(string path, JsonObject body, string what, CancellationToken cancellationToken)
    {
        var url = new Uri(_options.BaseUrl, path);
        var payload = body.ToJsonString();
        HttpResponseMessage response;
        try
        {
            response = await _retry.ExecuteAsync(async token => await SendOnceAsync(url, payload, token).ConfigureAwait(false), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException)
        {
            throw new RemoteAgentException($"agent at {_options.BaseUrl}: {what}: no answer after {_options.Retries + 1} tries: {ex.Message}", ex);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new RemoteAgentException(
                    $"agent at {_options.BaseUrl}: {what}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {Snippet(text)}");
            }

            return text;
        }
    }

    /// <summary>The first 300 characters of a reply, on one line.</summary>
    public static string Snippet(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length == 0 ? "(empty)" : line.Length <= 300 ? line : line[..300] + "…";
    }

    private async Task<HttpResponseMessage> SendOnceAsync(Uri url, string payload, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.RequestTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(payload, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no answer within {_options.RequestTimeout.TotalSeconds:0.###} s");
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage? response) =>
        response?.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - _timeProvider.GetUtcNow() is { } wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };
}
