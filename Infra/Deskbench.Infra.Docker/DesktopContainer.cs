using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Logging;

namespace Deskbench.Infra.Docker;

/// <summary>One started container and its published ports; disposing removes it (forced, bounded, once).</summary>
internal sealed class DesktopContainer(DockerEngine engine, string id, string name, IReadOnlyDictionary<int, int> hostPorts, ContainerRegistry registry, ILogger logger)
    : IAsyncDisposable
{
    private static readonly TimeSpan RemoveTimeout = TimeSpan.FromSeconds(30);
    private int _disposed;

    public string Id { get; } = id;

    public string Name { get; } = name;

    public IReadOnlyDictionary<int, int> HostPorts { get; } = hostPorts;

    public Task<long> GetMemoryUsageAsync(CancellationToken cancellationToken) => ContainerMemory.ReadAsync(engine, Id, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        using var limit = new CancellationTokenSource(RemoveTimeout);
        try
        {
            await engine.Client.Containers.RemoveContainerAsync(Id, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, limit.Token)
                .ConfigureAwait(false);
        }
        catch (DockerContainerNotFoundException)
        {
            // Already gone.
        }
        catch (Exception exception)
        {
            // The reaper of a later run removes what could not be removed now (the container keeps its owner labels).
            logger.LogWarning(exception, "could not remove desktop container {Name}", Name);
        }
        finally
        {
            registry.Forget(Id);
        }
    }
}
