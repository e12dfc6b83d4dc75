using Deskbench.Core.Guest;
using Deskbench.Guest.Client;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Deskbench.Infra.Local.Tests;

/// <summary>Unit tier: the client against a port where nothing listens (a real socket, refused by the kernel).</summary>
public sealed class GuestHttpClientFailureTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Unreachable_guest_is_an_infrastructure_failure_naming_the_endpoint()
    {
        using var client = new GuestHttpClient(DeadAddress(), "token");

        var error = await Assert.ThrowsAsync<GuestUnavailableException>(
            () => client.ExecuteAsync(CommandRequest.FromShell("true"), Token));

        Assert.Contains("POST /execute", error.Message);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Readiness_wait_gives_up_after_its_timeout_with_the_last_error()
    {
        using var client = new GuestHttpClient(DeadAddress(), "token");

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<GuestUnavailableException>(() => client.WaitUntilReadyAsync(TimeSpan.FromMilliseconds(600), Token));
        clock.Stop();

        Assert.Contains("not ready within 0.6 s", error.Message);
        Assert.Contains("GET /platform", error.Message);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Readiness_wait_succeeds_once_the_guest_starts_answering()
    {
        // A listener that answers /platform only after a delay: the probe must keep polling, then succeed.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var client = new GuestHttpClient(new Uri($"http://127.0.0.1:{port}/"), "secret");
        var server = AnswerPlatformAsync(listener, failFirst: 2);

        Assert.Equal("Linux", await client.WaitUntilReadyAsync(TimeSpan.FromSeconds(10), Token));
        Assert.Equal(3, await server);
    }

    private static Uri DeadAddress()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>Answers 503 <paramref name="failFirst"/> times, then "Linux"; returns how many requests it served.</summary>
    private static async Task<int> AnswerPlatformAsync(TcpListener listener, int failFirst)
    {
        for (var served = 1; ; served++)
        {
            using var connection = await listener.AcceptTcpClientAsync(Token);
            var stream = connection.GetStream();
            using var reader = new StreamReader(stream);
            var requestLine = await reader.ReadLineAsync(Token);
            var hasToken = false;
            for (var header = await reader.ReadLineAsync(Token); !string.IsNullOrEmpty(header); header = await reader.ReadLineAsync(Token))
            {
                hasToken |= header.Equals($"{GuestProtocol.TokenHeader}: secret", StringComparison.OrdinalIgnoreCase);
            }

            Assert.Equal("GET /platform HTTP/1.1", requestLine);
            Assert.True(hasToken, "the token header must be sent");
            var (status, body) = served <= failFirst ? ("503 Service Unavailable", "starting") : ("200 OK", "Linux");
            var reply = $"HTTP/1.1 {status}\r\nContent-Type: text/plain\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}";
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(reply), Token);
            if (served > failFirst)
            {
                return served;
            }
        }
    }
}
