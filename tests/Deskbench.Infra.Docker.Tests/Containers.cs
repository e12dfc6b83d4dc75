using Deskbench.Infra.Docker;
using Docker.DotNet.Models;

namespace Deskbench.Infra.Docker.Tests;

/// <summary>Looks at the engine's containers the way a user would with <c>docker ps -a --filter label=…</c>.</summary>
internal static class Containers
{
    public static async Task<IList<ContainerListResponse>> WithLabelAsync(string label, string value)
    {
        using var engine = await DockerEngine.ConnectAsync(null, CancellationToken.None);
        return await engine.Client.Containers.ListContainersAsync(
            new ContainersListParameters
            {
                All = true,
                Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [$"{label}={value}"] = true } },
            },
            CancellationToken.None);
    }

    public static async Task<ContainerInspectResponse> InspectAsync(string id)
    {
        using var engine = await DockerEngine.ConnectAsync(null, CancellationToken.None);
        return await engine.Client.Containers.InspectContainerAsync(id, CancellationToken.None);
    }

    public static async Task KillAsync(string id)
    {
        using var engine = await DockerEngine.ConnectAsync(null, CancellationToken.None);
        await engine.Client.Containers.KillContainerAsync(id, new ContainerKillParameters { Signal = "KILL" }, CancellationToken.None);
    }
}
