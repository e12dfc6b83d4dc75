using Docker.DotNet;

namespace Deskbench.Infra.Docker;

/// <summary>A Docker API client on one endpoint, with "is the engine there at all" turned into one clear error.</summary>
public sealed class DockerEngine : IDisposable
{
    private DockerEngine(Uri endpoint, DockerClient client)
    {
        Endpoint = endpoint;
        Client = client;
    }

    public Uri Endpoint { get; }

    public DockerClient Client { get; }

    /// <summary>Connects to <paramref name="endpoint"/> (null: <c>DOCKER_HOST</c> or the default socket) and pings it.</summary>
    /// <exception cref="DockerEngineUnavailableException">The engine does not answer.</exception>
    public static async Task<DockerEngine> ConnectAsync(Uri? endpoint, CancellationToken cancellationToken)
    {
        var resolved = endpoint ?? DockerEndpoint.Resolve();
        var client = new DockerClientBuilder().WithEndpoint(resolved).Build();
        var engine = new DockerEngine(resolved, client);
        try
        {
            await engine.PingAsync(cancellationToken).ConfigureAwait(false);
            return engine;
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    /// <summary>Pings the engine (bounded to 10 s).</summary>
    /// <exception cref="DockerEngineUnavailableException">The engine does not answer.</exception>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            await Client.System.PingAsync(limit.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsUnreachable(exception) || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new DockerEngineUnavailableException(Endpoint, exception);
        }
    }

    /// <summary>Whether <paramref name="exception"/> means "no engine at the endpoint" rather than an API error.</summary>
    public static bool IsUnreachable(Exception exception) =>
        exception is HttpRequestException or System.Net.Sockets.SocketException or IOException or TimeoutException
        || (exception.InnerException is { } inner && IsUnreachable(inner));

    public void Dispose() => Client.Dispose();
}
