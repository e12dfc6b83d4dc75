using Deskbench.Core.Guest;
using Microsoft.Extensions.Logging;
using System.Net;

namespace Deskbench.Guest.Client;

/// <summary>
/// Sends one request to the guest with its own time limit and token header, reads the whole answer, and turns transport
/// failures, expired limits, 401/403 and 5xx into <see cref="GuestUnavailableException"/> naming the endpoint.
/// </summary>
internal sealed class GuestTransport(HttpClient httpClient, Uri baseAddress, string? token, ILogger logger)
{
    private readonly Uri _baseAddress = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");

    public Uri BaseAddress => _baseAddress;

    /// <summary>
    /// Sends and returns the answer for any status below 500 except 401/403; <paramref name="acceptServerError"/> lets a 5xx
    /// through too (for endpoints whose 500 carries a defined body, like <c>/execute</c>).
    /// </summary>
    public async Task<GuestReply> SendAsync(
        HttpMethod method,
        string path,
        HttpContent? content,
        TimeSpan timeout,
        CancellationToken cancellationToken,
        bool acceptServerError = false)
    {
        var endpoint = $"{method.Method} {path}";
        using var request = new HttpRequestMessage(method, new Uri(_baseAddress, path.TrimStart('/'))) { Content = content };
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation(GuestProtocol.TokenHeader, token);
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        GuestReply reply;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token)
                .ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(timeoutSource.Token).ConfigureAwait(false);
            reply = new GuestReply(endpoint, response.StatusCode, body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GuestUnavailableException($"guest at {_baseAddress} did not answer {endpoint} within {timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException exception)
        {
            throw new GuestUnavailableException($"guest at {_baseAddress} unreachable on {endpoint}: {exception.Message}", exception);
        }
        catch (IOException exception)
        {
            throw new GuestUnavailableException($"guest at {_baseAddress} broke the connection on {endpoint}: {exception.Message}", exception);
        }

        logger.LogDebug("{Endpoint} → {Status} ({Bytes} bytes) in {Ms:0.#} ms",
            endpoint, (int)reply.StatusCode, reply.Body.Length, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (reply.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            var refused = new GuestRequestException(endpoint, reply.StatusCode,
                $"guest refused {endpoint} with {(int)reply.StatusCode} {reply.StatusCode}: wrong or missing {GuestProtocol.TokenHeader}");
            throw new GuestUnavailableException($"guest at {_baseAddress}: {refused.Message}", refused);
        }

        if ((int)reply.StatusCode >= 500 && !acceptServerError)
        {
            throw ServerError(reply);
        }

        return reply;
    }

    /// <summary>A 5xx answer as an infrastructure failure.</summary>
    public GuestUnavailableException ServerError(GuestReply reply)
    {
        var failure = new GuestRequestException(reply.Endpoint, reply.StatusCode,
            $"guest failed {reply.Endpoint} with {(int)reply.StatusCode}: {reply.Snippet}");
        return new GuestUnavailableException($"guest at {_baseAddress}: {failure.Message}", failure);
    }

    /// <summary>Any answer the endpoint does not define, as an exception to throw.</summary>
    public Exception Unexpected(GuestReply reply) =>
        (int)reply.StatusCode >= 500
            ? ServerError(reply)
            : new GuestRequestException(reply.Endpoint, reply.StatusCode,
                $"guest answered {reply.Endpoint} with {(int)reply.StatusCode} {reply.StatusCode}: {reply.Snippet}");

    /// <summary>Returns <paramref name="reply"/> when it is a 2xx, throws otherwise.</summary>
    public GuestReply EnsureSuccess(GuestReply reply) => reply.IsSuccess ? reply : throw Unexpected(reply);

    /// <summary>A 2xx answer whose body could not be read as the endpoint defines.</summary>
    public GuestUnavailableException Malformed(GuestReply reply, string expected) =>
        new($"guest at {_baseAddress} answered {reply.Endpoint} with an unreadable body (expected {expected}): {reply.Snippet}");
}
