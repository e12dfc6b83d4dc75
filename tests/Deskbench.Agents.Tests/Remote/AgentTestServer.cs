using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Deskbench.Testing.Http;

namespace Deskbench.Agents.Tests.Remote;

/// <summary>
/// A real HTTP server on 127.0.0.1 (HttpListener) that plays an agent: it records every request and answers from a queue
/// of scripted replies (status, body, headers); when the queue is empty it answers 200 with <see cref="DefaultBody"/>.
/// </summary>
internal sealed class AgentTestServer : IAsyncDisposable
{
    private const string AgentPath = "/agent/";
    private readonly ConcurrentQueue<(int Status, string Body, string? RetryAfter)> _replies = new();
    private readonly LoopbackHttpServer _server;

    public AgentTestServer()
    {
        _server = new LoopbackHttpServer(HandleAsync, AgentPath);
        BaseUrl = new Uri(_server.Url(AgentPath));
    }

    public Uri BaseUrl { get; }

    public string DefaultBody { get; set; } = """{"response": null, "actions": []}""";

    /// <summary>Path (relative to <see cref="BaseUrl"/>) and parsed JSON body of every request, in order.</summary>
    public ConcurrentQueue<(string Path, JsonObject Body)> Requests { get; } = new();

    public void Reply(int status, string body, string? retryAfter = null) => _replies.Enqueue((status, body, retryAfter));

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpListenerContext context)
    {
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
