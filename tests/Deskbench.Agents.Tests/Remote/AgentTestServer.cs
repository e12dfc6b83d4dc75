using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Deskbench.Agents.Tests.Remote;

/// <summary>
/// A real HTTP server on 127.0.0.1 (HttpListener) that plays an agent: it records every request and answers from a queue
/// of scripted replies (status, body, headers); when the queue is empty it answers 200 with <see cref="DefaultBody"/>.
/// </summary>
internal sealed class AgentTestServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(int Status, string Body, string? RetryAfter)> _replies = new();
    private readonly Task _loop;

    public AgentTestServer()
    {
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/agent/");
        _listener.Prefixes.Add(BaseUrl.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    public string DefaultBody { get; set; } = """{"response": null, "actions": []}""";

    /// <summary>Path (relative to <see cref="BaseUrl"/>) and parsed JSON body of every request, in order.</summary>
    public ConcurrentQueue<(string Path, JsonObject Body)> Requests { get; } = new();

    public void Reply(int status, string body, string? retryAfter = null) => _replies.Enqueue((status, body, retryAfter));

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var text = await reader.ReadToEndAsync();
            Requests.Enqueue((context.Request.Url!.AbsolutePath[BaseUrl.AbsolutePath.Length..], JsonNode.Parse(text)!.AsObject()));
            var (status, body, retryAfter) = _replies.TryDequeue(out var scripted) ? scripted : (200, DefaultBody, null);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            if (retryAfter is not null)
            {
                context.Response.AddHeader("Retry-After", retryAfter);
            }

            var bytes = Encoding.UTF8.GetBytes(body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
