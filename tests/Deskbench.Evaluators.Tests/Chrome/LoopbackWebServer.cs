using System.Net;
using System.Text;
using Deskbench.Testing.Http;

namespace Deskbench.Evaluators.Tests.Chrome;

/// <summary>An HTTP server on 127.0.0.1 (a free port) serving fixed HTML pages by path, for the browser tests.</summary>
public sealed class LoopbackWebServer : IAsyncDisposable
{
    private readonly Dictionary<string, string> pages = new(StringComparer.Ordinal);
    private readonly Lock pagesLock = new();
    private readonly LoopbackHttpServer server;

    public LoopbackWebServer()
    {
        server = new LoopbackHttpServer(ServeAsync);
    }

    public int Port => server.Port;

    /// <summary>The absolute URL of <paramref name="path"/> (starting with "/").</summary>
    public string Url(string path) => server.Url(path);

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
    public static int FreePort() => LoopbackHttpServer.FreePort();

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task ServeAsync(HttpListenerContext context)
    {
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
