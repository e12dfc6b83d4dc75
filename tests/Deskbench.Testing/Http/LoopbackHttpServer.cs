using System.Net;
using System.Net.Sockets;

namespace Deskbench.Testing.Http;

/// <summary>
/// A real HTTP server on 127.0.0.1 (a free port): an <see cref="HttpListener"/> whose accept loop hands every request to
/// one handler, in order; disposing stops the listener and waits for the loop to end. The handler answers the request.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<HttpListenerContext, Task> handler;
    private readonly Task serving;

    /// <param name="handler">Answers one request; the loop awaits it before accepting the next.</param>
    /// <param name="pathPrefix">The path the listener serves, starting and ending with "/".</param>
    public LoopbackHttpServer(Func<HttpListenerContext, Task> handler, string pathPrefix = "/")
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentException.ThrowIfNullOrEmpty(pathPrefix);
        this.handler = handler;
        Port = FreePort();
        BaseUrl = $"http://127.0.0.1:{Port}";
        listener.Prefixes.Add(BaseUrl + pathPrefix);
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>"http://127.0.0.1:{port}", without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>The absolute URL of <paramref name="path"/> (starting with "/").</summary>
    public string Url(string path) => BaseUrl + path;

    /// <summary>A free TCP port on the loopback interface.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        try
        {
            await serving.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException || !listener.IsListening)
            {
                return;
            }

            await handler(context).ConfigureAwait(false);
        }
    }
}
