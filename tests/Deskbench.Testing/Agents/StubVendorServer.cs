using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Deskbench.Testing.Http;

namespace Deskbench.Testing.Agents;

/// <summary>A real HTTP server on 127.0.0.1 that answers with scripted responses in order and records every request.</summary>
public sealed class StubVendorServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<StubResponse> _responses = new();
    private readonly LoopbackHttpServer _server;

    public StubVendorServer()
    {
        _server = new LoopbackHttpServer(HandleAsync);
    }

    public string BaseUrl => _server.BaseUrl;

    public List<RecordedRequest> Requests { get; } = [];

    public void Enqueue(int status, string body, IReadOnlyDictionary<string, string>? headers = null) => _responses.Enqueue(new StubResponse(status, body, headers));

    public void Enqueue(JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(body);
        Enqueue(200, body.ToJsonString());
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync().ConfigureAwait(false);
        lock (Requests)
        {
            Requests.Add(new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.PathAndQuery, context.Request.Headers,
                text.Length == 0 ? [] : JsonNode.Parse(text) as JsonObject ?? []));
        }

        var response = _responses.TryDequeue(out var next) ? next : new StubResponse(500, """{"error":"no scripted response left"}""");
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = "application/json";
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        var bytes = Encoding.UTF8.GetBytes(response.Body);
        await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
        context.Response.Close();
    }
}
