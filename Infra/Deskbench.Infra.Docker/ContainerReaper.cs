using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using System.Globalization;

namespace Deskbench.Infra.Docker;

/// <summary>
/// Removes desktop containers left behind by harness processes that died (killed, crashed): every container labelled
/// <see cref="ContainerLabels.Managed"/> whose <see cref="ContainerLabels.OwnerPid"/> (with its start time) no longer runs.
/// Containers of live harnesses, this one included, are left alone.
/// </summary>
public sealed class ContainerReaper(DockerEngine engine, ILogger<ContainerReaper>? logger = null)
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>Lists every Deskbench desktop container, running or not.</summary>
    public async Task<IReadOnlyList<ContainerListResponse>> ListManagedAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var containers = await engine.Client.Containers.ListContainersAsync(
            new ContainersListParameters
            {
                All = true,
                Filters = new Dictionary<string, IDictionary<string, bool>>
                {
                    ["label"] = new Dictionary<string, bool> { [$"{ContainerLabels.Managed}=true"] = true },
                },
            },
            cancellationToken).ConfigureAwait(false);
        return [.. containers];
    }

    /// <summary>Removes the containers of dead owners; returns their ids.</summary>
    public async Task<IReadOnlyList<string>> ReapAsync(CancellationToken cancellationToken)
    {
        var removed = new List<string>();
        foreach (var container in await ListManagedAsync(cancellationToken).ConfigureAwait(false))
        {
            if (OwnerOf(container) is { } owner && owner.IsAlive())
            {
                continue;
            }

            try
            {
                await engine.Client.Containers.RemoveContainerAsync(
                    container.ID, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, cancellationToken).ConfigureAwait(false);
                removed.Add(container.ID);
                _logger.LogInformation("removed desktop container {Name} ({Id}) left by a dead harness (owner pid {Pid})",
                    container.Names?.FirstOrDefault(), container.ID[..Math.Min(12, container.ID.Length)], Label(container, ContainerLabels.OwnerPid));
            }
            catch (DockerContainerNotFoundException)
            {
                // Removed meanwhile.
            }
        }

        return removed;
    }

    private static OwnerProcessIdentity? OwnerOf(ContainerListResponse container) =>
        int.TryParse(Label(container, ContainerLabels.OwnerPid), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            ? new OwnerProcessIdentity(pid, Label(container, ContainerLabels.OwnerStart) ?? string.Empty)
            : null;

    private static string? Label(ContainerListResponse container, string name) =>
        container.Labels is { } labels && labels.TryGetValue(name, out var value) ? value : null;
}
