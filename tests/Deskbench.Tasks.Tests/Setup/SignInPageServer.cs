using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Deskbench.Testing.Http;

namespace Deskbench.Tasks.Tests.Setup;

/// <summary>
/// A stand-in for Google's sign-in on 127.0.0.1: <c>/signin</c> has the form OSWorld's <c>login</c> step drives
/// (<c>input[type="email"]</c>, <c>#identifierNext &gt; div &gt; button</c>, then, after a moment, <c>input[type="password"]</c>
/// and <c>#passwordNext &gt; div &gt; button</c>, which posts the form to <c>/signed-in</c>); <c>/drive</c> is a page without
/// the form (an account already signed in). <see cref="SignIns"/> holds the posted form bodies.
/// </summary>
internal sealed class SignInPageServer : IAsyncDisposable
{
    private const string SignInPage = """
        <!doctype html><html><head><title>Sign in - Google Accounts</title></head><body>
        <form id="signin" action="/signed-in" method="post">
          <div><input type="email" name="identifier" autocomplete="username"></div>
          <div id="identifierNext"><div><button type="button">Next</button></div></div>
          <div id="password-step" style="display:none">
            <input type="password" name="Passwd">
            <div id="passwordNext"><div><button type="submit">Next</button></div></div>
          </div>
        </form>
        <script>
          document.querySelector('#identifierNext button').addEventListener('click', () =>
            setTimeout(() => { document.getElementById('password-step').style.display = 'block'; }, 300));
        </script>
        </body></html>
        """;

    private readonly ConcurrentQueue<string> signIns = new();
    private readonly LoopbackHttpServer server;

    public SignInPageServer()
    {
        server = new LoopbackHttpServer(ServeAsync);
    }

    public int Port => server.Port;

    public string Url(string path) => server.Url(path);

    /// <summary>The url-encoded form bodies posted to <c>/signed-in</c>.</summary>
    public IReadOnlyList<string> SignIns => signIns.ToList();

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task ServeAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        string html;
        if (path == "/signed-in" && context.Request.HttpMethod == "POST")
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            signIns.Enqueue(await reader.ReadToEndAsync());
            html = "<!doctype html><title>My Drive - Google Drive</title><p>signed in</p>";
        }
        else
        {
            html = path == "/signin" ? SignInPage : "<!doctype html><title>My Drive - Google Drive</title><p>already signed in</p>";
        }

        var bytes = Encoding.UTF8.GetBytes(html);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }
}
