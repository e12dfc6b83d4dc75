using System.Net.Sockets;
using System.Text;
using Deskbench.Core.Guest;

namespace Deskbench.Guest.Http;

/// <summary>
/// Sends one raw HTTP request to the freshly started server (to a path no endpoint serves), so connection handling, request
/// parsing, routing and the token check are compiled before the first real client arrives.
/// </summary>
internal static class LoopbackWarmUp
{
    public const string Path = "/deskbench-warm-up";

    public static async Task RunAsync(Uri baseAddress, string? token, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            using var client = new TcpClient();
            await client.ConnectAsync(baseAddress.Host.Trim('[', ']'), baseAddress.Port, timeout.Token).ConfigureAwait(false);
            var stream = client.GetStream();
            var request = $"GET {Path} HTTP/1.1\r\nHost: {baseAddress.Authority}\r\n"
                + (token is null ? string.Empty : $"{GuestProtocol.TokenHeader}: {token}\r\n")
                + "Connection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request), timeout.Token).ConfigureAwait(false);
            var buffer = new byte[1024];
            while (await stream.ReadAsync(buffer, timeout.Token).ConfigureAwait(false) > 0)
            {
            }
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            // Only a warm-up: the real requests will tell if something is wrong.
        }
    }
}
