using Docker.DotNet.Models;

namespace Deskbench.Infra.Docker;

/// <summary>
/// A container's memory use as <c>docker stats</c> shows it: the cgroup's usage minus its inactive file cache
/// (<c>total_inactive_file</c> on cgroup v1, <c>inactive_file</c> on v2).
/// </summary>
internal static class ContainerMemory
{
    public static async Task<long> ReadAsync(DockerEngine engine, string id, CancellationToken cancellationToken)
    {
        ContainerStatsResponse? stats = null;
        await engine.Client.Containers.GetContainerStatsAsync(
            id,
            new ContainerStatsParameters { Stream = false },
            new SynchronousProgress<ContainerStatsResponse>(response => stats ??= response),
            cancellationToken).ConfigureAwait(false);
        if (stats?.MemoryStats is not { } memory)
        {
            throw new InvalidOperationException($"the engine reported no memory statistics for container {id}");
        }

        var cache = memory.Stats is { } detail
            ? detail.TryGetValue("total_inactive_file", out var v1) ? v1 : detail.TryGetValue("inactive_file", out var v2) ? v2 : 0UL
            : 0UL;
        var usage = memory.Usage ?? 0UL;
        return (long)(usage > cache ? usage - cache : usage);
    }
}
