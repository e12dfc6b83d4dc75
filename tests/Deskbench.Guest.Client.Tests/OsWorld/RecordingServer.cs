using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Deskbench.Guest.Client.Tests.OsWorld;

/// <summary>A minimal HTTP/1.1 server on loopback (one request per connection) that records requests.</summary>
internal sealed class RecordingServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<RecordedRequest, (int Status, string Body)> _answer;
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    private RecordingServer(Func<RecordedRequest, (int, string)> answer) => _answer = answer;

    public List<RecordedRequest> Requests { get; } = [];

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    public static Task<RecordingServer> StartAsync(Func<RecordedRequest, (int, string)> answer, CancellationToken ct)
    {
        var server = new RecordingServer(answer);
        server._listener.Start();
        server._loop = server.LoopAsync(CancellationTokenSource.CreateLinkedTokenSource(ct, server._stop.Token).Token);
        return Task.FromResult(server);
    }

    private async Task LoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient connection;
            try
            {
                connection = await _listener.AcceptTcpClientAsync(ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            using (connection)
            {
                await ServeAsync(connection.GetStream(), ct);
            }
        }
    }

    private async Task ServeAsync(NetworkStream stream, CancellationToken ct)
    {
        var buffer = new List<byte>();
        var chunk = new byte[8192];
        int headerEnd;
        while ((headerEnd = IndexOfHeaderEnd(buffer)) < 0)
        {
            var read = await stream.ReadAsync(chunk, ct);
            if (read == 0)
            {
                return;
            }

            buffer.AddRange(chunk.AsSpan(0, read).ToArray());
        }

        var head = Encoding.ASCII.GetString([.. buffer.Take(headerEnd)]);
        var lines = head.Split("\r\n");
        var length = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(p => int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
        while (buffer.Count < headerEnd + 4 + length)
        {
            var read = await stream.ReadAsync(chunk, ct);
            if (read == 0)
            {
                break;
            }

            buffer.AddRange(chunk.AsSpan(0, read).ToArray());
        }

        var requestLine = lines[0].Split(' ');
        var request = new RecordedRequest($"{requestLine[0]} {requestLine[1]}", string.Join("\n", lines.Skip(1)),
            Encoding.UTF8.GetString([.. buffer.Skip(headerEnd + 4).Take(length)]));
        lock (Requests)
        {
            Requests.Add(request);
        }

        var (status, body) = _answer(request);
        var bytes = Encoding.Latin1.GetBytes(body);
        var response = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} X\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(response, ct);
        await stream.WriteAsync(bytes, ct);
    }

    private static int IndexOfHeaderEnd(List<byte> buffer)
    {
        for (var i = 0; i + 3 < buffer.Count; i++)
        {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }

        _stop.Dispose();
    }
}
