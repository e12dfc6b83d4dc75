using System.Net;

namespace Deskbench.Guest.Client;

/// <summary>
/// The guest answered, but refused the request with an HTTP status the endpoint does not define (a 4xx such as a bad
/// request, or 401 for a wrong token). 401/403 and 5xx reach callers wrapped in <see cref="Core.Guest.GuestUnavailableException"/>.
/// </summary>
public sealed class GuestRequestException : Exception
{
    public GuestRequestException(string endpoint, HttpStatusCode statusCode, string message)
        : base(message)
    {
        Endpoint = endpoint;
        StatusCode = statusCode;
    }

    /// <summary>Method and path, e.g. <c>POST /execute</c>.</summary>
    public string Endpoint { get; }

    public HttpStatusCode StatusCode { get; }

    /// <summary>True for 401/403: the guest refused the <c>X-Deskbench-Token</c>.</summary>
    public bool IsAuthenticationFailure => StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
}
