using Deskbench.Core.Environments;
using Deskbench.Core.Guest;
using Deskbench.Guest.Client;
using Deskbench.Testing;
using SkiaSharp;

namespace Deskbench.Infra.Docker.Tests;

/// <summary>The docker provider against a real engine and the real desktop image.</summary>
[Collection(DockerCollection.Name)]
public sealed class DockerProviderTests
{
    private static EnvironmentRequest Request(string runId, string taskId, ScreenSize? screen = null) =>
        new(runId, taskId, screen ?? new ScreenSize(1280, 800), Path.GetTempPath());

    [Fact]
    public async Task A_fresh_desktop_has_the_requested_size_runs_commands_as_user_and_records_the_image()
    {
        var image = await DockerTier.RequireImageAsync();
        await using var provider = await DockerDesktopProvider.CreateAsync(DockerTier.Options(), TestOutputLoggerFactory.Instance, cancellationToken: TestContext.Current.CancellationToken);
        var runId = $"test-{Guid.NewGuid():N}";
        await using var environment = (DockerDesktopEnvironment)await provider.AcquireAsync(Request(runId, "size-and-user"), TestContext.Current.CancellationToken);

        using (var bitmap = SKBitmap.Decode(await environment.Guest.GetScreenshotAsync(TestContext.Current.CancellationToken)))
        {
            Assert.NotNull(bitmap);
            Assert.Equal((1280, 800), (bitmap.Width, bitmap.Height));
        }

        var who = await environment.Guest.ExecuteAsync(CommandRequest.FromShell("id -un; echo $HOME; for c in google-chrome python3 socat; do command -v $c; done"), TestContext.Current.CancellationToken);
        Assert.True(who.Succeeded, who.Error);
        var lines = who.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("user", lines[0]);
        Assert.Equal("/home/user", lines[1]);
        Assert.Equal(3, lines.Length - 2);

        Assert.Equal(image.Id, environment.Properties["image_id"]);
        Assert.StartsWith("sha256:", environment.Properties["image_digest"], StringComparison.Ordinal);
        Assert.Equal(LinuxImageRecipe.DefaultTag, environment.Properties["image"]);
        Assert.Equal(DockerDesktopProvider.ProviderName, environment.ProviderName);

        var inspected = await Containers.InspectAsync(environment.ContainerId);
        Assert.Equal(runId, inspected.Config!.Labels![ContainerLabels.RunId]);
        Assert.Equal("size-and-user", inspected.Config!.Labels![ContainerLabels.TaskId]);
        Assert.Equal(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), inspected.Config!.Labels![ContainerLabels.OwnerPid]);
        Assert.All(inspected.HostConfig!.PortBindings!.Values.SelectMany(b => b), binding => Assert.Equal("127.0.0.1", binding.HostIP));
        Assert.All(inspected.NetworkSettings!.Ports!.Values.Where(b => b is not null).SelectMany(b => b), binding => Assert.Equal("127.0.0.1", binding.HostIP));
    }

    [Fact]
    public async Task Two_desktops_run_side_by_side_and_none_is_left_after_disposal()
    {
        await DockerTier.RequireImageAsync();
        var runId = $"test-{Guid.NewGuid():N}";
        await using (var provider = await DockerDesktopProvider.CreateAsync(DockerTier.Options(), TestOutputLoggerFactory.Instance, cancellationToken: TestContext.Current.CancellationToken))
        {
            var both = await Task.WhenAll(provider.AcquireAsync(Request(runId, "a"), TestContext.Current.CancellationToken), provider.AcquireAsync(Request(runId, "b"), TestContext.Current.CancellationToken));
            try
            {
                Assert.NotEqual(both[0].Properties["container"], both[1].Properties["container"]);
                Assert.NotEqual(both[0].Properties["guestUrl"], both[1].Properties["guestUrl"]);
                await both[0].Guest.ExecuteAsync(CommandRequest.FromShell("echo first > ~/mark.txt"), TestContext.Current.CancellationToken);
                var second = await both[1].Guest.ExecuteAsync(CommandRequest.FromShell("cat ~/mark.txt 2>/dev/null || echo absent"), TestContext.Current.CancellationToken);
                Assert.Equal("absent", second.Output.Trim());
                Assert.Equal(2, (await Containers.WithLabelAsync(ContainerLabels.RunId, runId)).Count);
            }
            finally
            {
                foreach (var environment in both)
                {
                    await environment.DisposeAsync();
                }
            }

            Assert.Empty(await Containers.WithLabelAsync(ContainerLabels.RunId, runId));
        }
    }

    [Fact]
    public async Task A_container_killed_mid_episode_makes_the_next_guest_call_an_infrastructure_failure()
    {
        await DockerTier.RequireImageAsync();
        var runId = $"test-{Guid.NewGuid():N}";
        await using var provider = await DockerDesktopProvider.CreateAsync(DockerTier.Options(), TestOutputLoggerFactory.Instance, cancellationToken: TestContext.Current.CancellationToken);
        var environment = (DockerDesktopEnvironment)await provider.AcquireAsync(Request(runId, "killed"), TestContext.Current.CancellationToken);
        try
        {
            Assert.Equal("Linux", await environment.Guest.GetPlatformAsync(TestContext.Current.CancellationToken));
            await Containers.KillAsync(environment.ContainerId);
            await Assert.ThrowsAsync<GuestUnavailableException>(() => environment.Guest.GetScreenshotAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            await environment.DisposeAsync();
        }

        Assert.Empty(await Containers.WithLabelAsync(ContainerLabels.RunId, runId));
    }

    [Fact]
    public async Task The_warm_pool_starts_the_next_desktop_while_one_is_in_use_and_disposal_removes_it()
    {
        await DockerTier.RequireImageAsync();
        var runId = $"test-{Guid.NewGuid():N}";
        await using (var provider = await DockerDesktopProvider.CreateAsync(DockerTier.Options(warmPool: 1), TestOutputLoggerFactory.Instance, cancellationToken: TestContext.Current.CancellationToken))
        {
            var first = await provider.AcquireAsync(Request(runId, "first"), TestContext.Current.CancellationToken);
            await using (first)
            {
                // The pool's next desktop is started (labelled as warm) while the first is in use.
                var containers = await Containers.WithLabelAsync(ContainerLabels.RunId, runId);
                Assert.Equal(2, containers.Count);
                Assert.Contains(containers, c => c.Labels[ContainerLabels.TaskId] == ContainerLabels.WarmTaskId);
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            await using (var second = await provider.AcquireAsync(Request(runId, "second"), TestContext.Current.CancellationToken))
            {
                var handOver = clock.Elapsed;
                Assert.Equal("Linux", await second.Guest.GetPlatformAsync(TestContext.Current.CancellationToken));
                Assert.True(handOver < TimeSpan.FromSeconds(5), $"taking a warm desktop took {handOver.TotalMilliseconds:0} ms");
            }
        }

        Assert.Empty(await Containers.WithLabelAsync(ContainerLabels.RunId, runId));
    }

    [Fact]
    public async Task A_missing_image_is_one_clear_error()
    {
        await DockerTier.RequireImageAsync();
        var error = await Assert.ThrowsAsync<EnvironmentImageMissingException>(() => DockerDesktopProvider.CreateAsync(
            DockerTier.Options() with { Image = "deskbench/desktop-linux:does-not-exist" }, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Contains("deskbench image build linux", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stopped_daemon_is_one_clear_error()
    {
        var socket = new Uri($"unix://{Path.Combine(Path.GetTempPath(), $"no-docker-{Guid.NewGuid():N}.sock")}");
        var error = await Assert.ThrowsAsync<DockerEngineUnavailableException>(() => DockerDesktopProvider.CreateAsync(
            DockerTier.Options() with { Endpoint = socket }, cancellationToken: TestContext.Current.CancellationToken));
        Assert.StartsWith($"cannot reach the Docker engine at {socket}: ", error.Message, StringComparison.Ordinal);
    }
}
