using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Deskbench.Agents.OpenAI.Tests;

/// <summary>A real HTTP server on 127.0.0.1 that answers with scripted responses in order and records every request.</summary>
internal sealed class StubVendorServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<StubResponse> _responses = new();
    private readonly Task _loop;

    public StubVendorServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string BaseUrl { get; }

    public List<RecordedRequest> Requests { get; } = [];

    public void Enqueue(int status, string body, IReadOnlyDictionary<string, string>? headers = null) => _responses.Enqueue(new StubResponse(status, body, headers));

    public void Enqueue(JsonNode body) => Enqueue(200, body.ToJsonString());

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var text = await reader.ReadToEndAsync();
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
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop.ConfigureAwait(false);
    }
}
