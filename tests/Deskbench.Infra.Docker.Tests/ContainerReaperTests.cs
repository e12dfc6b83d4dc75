using System.Diagnostics;
using System.Globalization;
using Deskbench.Testing;
using Docker.DotNet.Models;

namespace Deskbench.Infra.Docker.Tests;

/// <summary>The reaper removes labelled containers of dead harness processes and leaves those of live ones.</summary>
[Collection(DockerCollection.Name)]
public sealed class ContainerReaperTests
{
    [Fact]
    public async Task Containers_of_a_dead_owner_or_a_reused_pid_are_removed_and_a_live_owners_container_stays()
    {
        await DockerTier.RequireImageAsync();
        var ct = TestContext.Current.CancellationToken;
        using var engine = await DockerEngine.ConnectAsync(null, ct);
        var runId = $"test-reaper-{Guid.NewGuid():N}";
        var deadPid = await ExitedProcessIdAsync();
        var self = OwnerProcessIdentity.Current;

        var dead = await CreateIdleContainerAsync(engine, runId, deadPid.ToString(CultureInfo.InvariantCulture), "123", ct);
        var reused = await CreateIdleContainerAsync(engine, runId, self.Pid.ToString(CultureInfo.InvariantCulture), self.StartTime + "0", ct);
        var live = await CreateIdleContainerAsync(engine, runId, self.Pid.ToString(CultureInfo.InvariantCulture), self.StartTime, ct);
        try
        {
            var removed = await new ContainerReaper(engine).ReapAsync(ct);

            Assert.Contains(dead, removed);
            Assert.Contains(reused, removed);
            Assert.DoesNotContain(live, removed);
            var left = await Containers.WithLabelAsync(ContainerLabels.RunId, runId);
            Assert.Equal([live], left.Select(c => c.ID));
        }
        finally
        {
            await engine.Client.Containers.RemoveContainerAsync(live, new ContainerRemoveParameters { Force = true }, CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_new_provider_reaps_what_a_killed_harness_left()
    {
        await DockerTier.RequireImageAsync();
        var ct = TestContext.Current.CancellationToken;
        var runId = $"test-reaper-{Guid.NewGuid():N}";
        using (var engine = await DockerEngine.ConnectAsync(null, ct))
        {
            await CreateIdleContainerAsync(engine, runId, (await ExitedProcessIdAsync()).ToString(CultureInfo.InvariantCulture), string.Empty, ct);
        }

        Assert.Single(await Containers.WithLabelAsync(ContainerLabels.RunId, runId));
        await using (await DockerDesktopProvider.CreateAsync(DockerTier.Options(), TestOutputLoggerFactory.Instance, cancellationToken: ct))
        {
            Assert.Empty(await Containers.WithLabelAsync(ContainerLabels.RunId, runId));
        }
    }

    private static async Task<int> ExitedProcessIdAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return process.Id;
    }

    /// <summary>A small running container labelled like a desktop (the base image, sleeping), so the test needs no desktop start.</summary>
    private static async Task<string> CreateIdleContainerAsync(DockerEngine engine, string runId, string ownerPid, string ownerStart, CancellationToken ct)
    {
        var created = await engine.Client.Containers.CreateContainerAsync(
            new CreateContainerParameters
            {
                Image = LinuxImageRecipe.BaseTag,
                Cmd = ["sleep", "600"],
                Labels = new Dictionary<string, string>
                {
                    [ContainerLabels.Managed] = "true",
                    [ContainerLabels.RunId] = runId,
                    [ContainerLabels.TaskId] = "leftover",
                    [ContainerLabels.OwnerPid] = ownerPid,
                    [ContainerLabels.OwnerStart] = ownerStart,
                },
                HostConfig = new HostConfig { Init = true },
            },
            ct);
        await engine.Client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), ct);
        return created.ID;
    }
}
