using System.Globalization;
using System.Security.Cryptography;
using Deskbench.Core.Environments;
using Deskbench.Core.Guest;
using Deskbench.Guest.Client;
using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Logging;

namespace Deskbench.Infra.Docker;

/// <summary>
/// Starts one desktop container: labels (run, task, owner), a fresh guest token in its environment, CPU/memory limits,
/// ports published on 127.0.0.1 only, then waits for the guest to answer (<see cref="GuestHttpClient.WaitUntilReadyAsync"/>,
/// a Polly retry pipeline; no fixed sleeps). Any failure removes the container before it is reported.
/// </summary>
internal sealed class DesktopContainerLauncher(
    DockerEngine engine,
    DockerProviderOptions options,
    DesktopImage image,
    ContainerRegistry registry,
    ILoggerFactory loggerFactory,
    TimeProvider timeProvider)
{
    /// <summary>The guest's HTTP port inside the container.</summary>
    public const int GuestPort = 5000;

    /// <summary>Chrome DevTools (socat 9222 → Chromium's 1337, as in OSWorld's VM) and VLC's web interface.</summary>
    public static IReadOnlyList<int> PublishedPorts { get; } = [GuestPort, 9222, 8080];

    private readonly ILogger _logger = loggerFactory.CreateLogger<DockerDesktopProvider>();

    public async Task<DockerDesktopEnvironment> StartAsync(string runId, string taskId, ScreenSize screen, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var name = $"deskbench-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var container = await ContainerStart.CreateAndStartAsync(
            engine, CreateParameters(name, runId, taskId, screen, token), image, registry, _logger, cancellationToken).ConfigureAwait(false);
        GuestHttpClient? client = null;
        try
        {
            var guestPort = await ContainerStart.RequireHostPortAsync(engine, container, GuestPort, name, "the guest").ConfigureAwait(false);

            client = new GuestHttpClient(
                new Uri($"http://127.0.0.1:{guestPort.ToString(CultureInfo.InvariantCulture)}/"),
                token,
                options.Client,
                loggerFactory.CreateLogger<GuestHttpClient>(),
                timeProvider);
            var ready = client;
            await ContainerStart.AwaitReadyAsync(
                engine, container.Id, name, options.ReadinessTimeout, started, timeProvider,
                remaining => ready.WaitUntilReadyAsync(remaining, cancellationToken)).ConfigureAwait(false);

            var environment = new DockerDesktopEnvironment(container, client, screen, image);
            _logger.LogInformation("{Container}: desktop ready at {Url} in {Ms:0} ms (task {Task})",
                name, client.BaseAddress, timeProvider.GetElapsedTime(started).TotalMilliseconds, taskId);
            return environment;
        }
        catch (Exception exception)
        {
            client?.Dispose();
            await container.DisposeAsync().ConfigureAwait(false);
            if (ContainerStart.AsStartFailure(name, exception) is { } failure)
            {
                throw failure;
            }

            throw;
        }
    }

    private CreateContainerParameters CreateParameters(string name, string runId, string taskId, ScreenSize screen, string token) => new()
    {
        Name = name,
        Image = image.Id,
        Cmd = ["--screen", $"{screen.Width.ToString(CultureInfo.InvariantCulture)}x{screen.Height.ToString(CultureInfo.InvariantCulture)}"],
        Env = [$"{GuestProtocol.TokenEnvironmentVariable}={token}"],
        Labels = ContainerStart.Labels(runId, taskId, image),
        ExposedPorts = ContainerStart.ExposedPorts(PublishedPorts),
        HostConfig = new HostConfig
        {
            PortBindings = ContainerStart.LoopbackPortBindings(PublishedPorts),
            Init = true,
            ShmSize = options.SharedMemoryBytes,
            NanoCPUs = options.Cpus is { } cpus ? (long)(cpus * 1_000_000_000) : 0,
            Memory = options.MemoryBytes ?? 0,
        },
    };
}
