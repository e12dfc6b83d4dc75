using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Deskbench.Evaluators.Tests.Chrome;

/// <summary>An HTTP server on 127.0.0.1 (a free port) serving fixed HTML pages by path, for the browser tests.</summary>
public sealed class LoopbackWebServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Dictionary<string, string> pages = new(StringComparer.Ordinal);
    private readonly Lock pagesLock = new();
    private readonly Task serving;

    public LoopbackWebServer()
    {
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>The absolute URL of <paramref name="path"/> (starting with "/").</summary>
    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    /// <summary>Serves <paramref name="html"/> at <paramref name="path"/> and returns its URL.</summary>
    public string Page(string path, string html)
    {
        lock (pagesLock)
        {
            pages[path] = html;
        }

        return Url(path);
    }

    /// <summary>A free TCP port on the loopback interface (for this server and for Chromium's DevTools).</summary>
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
            await serving;
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
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            string? html;
            lock (pagesLock)
            {
                html = pages.GetValueOrDefault(context.Request.Url!.AbsolutePath);
            }

            var body = Encoding.UTF8.GetBytes(html ?? "<html><head><title>Not found</title></head><body>404</body></html>");
            context.Response.StatusCode = html is null ? 404 : 200;
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength64 = body.Length;
            try
            {
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The browser went away mid-response.
            }
        }
    }
}
