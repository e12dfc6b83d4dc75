using System.Net;

namespace Deskbench.Accounts.GoogleDrive;

/// <summary>The Drive API answered a request with an error status.</summary>
public sealed class GoogleDriveApiException(HttpStatusCode status, string request, string body)
    : Exception($"Google Drive: {request} failed with {(int)status} {status}: {Shorten(body)}")
{
    public HttpStatusCode Status { get; } = status;

    private static string Shorten(string body) => body.Length <= 300 ? body.Trim() : body[..300].Trim() + "…";
}
