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
        string id;
        try
        {
            var created = await engine.Client.Containers.CreateContainerAsync(CreateParameters(name, runId, taskId, screen, token), cancellationToken)
                .ConfigureAwait(false);
            id = created.ID;
        }
        catch (DockerImageNotFoundException exception)
        {
            throw new EnvironmentStartException(new EnvironmentImageMissingException(image.Reference, exception).Message, exception);
        }
        catch (Exception exception) when (DockerEngine.IsUnreachable(exception))
        {
            throw new EnvironmentStartException(new DockerEngineUnavailableException(engine.Endpoint, exception).Message, exception);
        }

        registry.Add(id);
        var container = new DesktopContainer(engine, id, name, new Dictionary<int, int>(), registry, _logger);
        GuestHttpClient? client = null;
        try
        {
            await engine.Client.Containers.StartContainerAsync(id, new ContainerStartParameters(), cancellationToken).ConfigureAwait(false);
            var inspected = await engine.Client.Containers.InspectContainerAsync(id, cancellationToken).ConfigureAwait(false);
            var ports = HostPorts(inspected);
            container = new DesktopContainer(engine, id, name, ports, registry, _logger);
            if (!ports.TryGetValue(GuestPort, out var guestPort))
            {
                throw new EnvironmentStartException($"{name}: the engine published no host port for the guest ({GuestPort}/tcp)");
            }

            client = new GuestHttpClient(
                new Uri($"http://127.0.0.1:{guestPort.ToString(CultureInfo.InvariantCulture)}/"),
                token,
                options.Client,
                loggerFactory.CreateLogger<GuestHttpClient>(),
                timeProvider);
            var remaining = options.ReadinessTimeout - timeProvider.GetElapsedTime(started);
            try
            {
                await client.WaitUntilReadyAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1), cancellationToken).ConfigureAwait(false);
            }
            catch (GuestUnavailableException unavailable)
            {
                throw new EnvironmentStartException($"{name}: {unavailable.Message}{await DescribeContainerAsync(engine, id).ConfigureAwait(false)}", unavailable);
            }

            var environment = new DockerDesktopEnvironment(container, client, screen, image);
            _logger.LogInformation("{Container}: desktop ready at {Url} in {Ms:0} ms (task {Task})",
                name, client.BaseAddress, timeProvider.GetElapsedTime(started).TotalMilliseconds, taskId);
            return environment;
        }
        catch (Exception exception)
        {
            client?.Dispose();
            await container.DisposeAsync().ConfigureAwait(false);
            if (exception is EnvironmentStartException or OperationCanceledException)
            {
                throw;
            }

            if (exception is DockerApiException or HttpRequestException or IOException)
            {
                throw new EnvironmentStartException($"{name}: {exception.Message}", exception);
            }

            throw;
        }
    }

    private CreateContainerParameters CreateParameters(string name, string runId, string taskId, ScreenSize screen, string token)
    {
        var owner = OwnerProcessIdentity.Current;
        return new CreateContainerParameters
        {
            Name = name,
            Image = image.Id,
            Cmd = ["--screen", $"{screen.Width.ToString(CultureInfo.InvariantCulture)}x{screen.Height.ToString(CultureInfo.InvariantCulture)}"],
            Env = [$"{GuestProtocol.TokenEnvironmentVariable}={token}"],
            Labels = new Dictionary<string, string>
            {
                [ContainerLabels.Managed] = "true",
                [ContainerLabels.RunId] = runId,
                [ContainerLabels.TaskId] = taskId,
                [ContainerLabels.OwnerPid] = owner.Pid.ToString(CultureInfo.InvariantCulture),
                [ContainerLabels.OwnerStart] = owner.StartTime,
                ["deskbench.image"] = image.Reference,
            },
            ExposedPorts = PublishedPorts.ToDictionary(port => $"{port.ToString(CultureInfo.InvariantCulture)}/tcp", _ => default(EmptyStruct)),
            HostConfig = new HostConfig
            {
                // An empty host port lets the engine pick a free one; 127.0.0.1 keeps it off every other host.
                PortBindings = PublishedPorts.ToDictionary(
                    port => $"{port.ToString(CultureInfo.InvariantCulture)}/tcp",
                    _ => (IList<PortBinding>)[new PortBinding { HostIP = "127.0.0.1", HostPort = string.Empty }]),
                Init = true,
                ShmSize = options.SharedMemoryBytes,
                NanoCPUs = options.Cpus is { } cpus ? (long)(cpus * 1_000_000_000) : 0,
                Memory = options.MemoryBytes ?? 0,
            },
        };
    }

    /// <summary>Container port → host port on 127.0.0.1, from an inspected container.</summary>
    internal static Dictionary<int, int> HostPorts(ContainerInspectResponse inspected)
    {
        var result = new Dictionary<int, int>();
        if (inspected.NetworkSettings?.Ports is not { } ports)
        {
            return result;
        }

        foreach (var (key, bindings) in ports)
        {
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            if (int.TryParse(slash < 0 ? key : key[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var containerPort)
                && bindings?.FirstOrDefault(b => b.HostIP is "127.0.0.1") is { } binding
                && int.TryParse(binding.HostPort, NumberStyles.None, CultureInfo.InvariantCulture, out var hostPort))
            {
                result[containerPort] = hostPort;
            }
        }

        return result;
    }

    /// <summary>"; container exited, exit code 1; last log lines: …" for start-up errors (empty when the engine cannot say).</summary>
    internal static async Task<string> DescribeContainerAsync(DockerEngine engine, string id)
    {
        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            var inspected = await engine.Client.Containers.InspectContainerAsync(id, limit.Token).ConfigureAwait(false);
            var state = inspected.State is { } s ? $"; container {s.Status}, exit code {s.ExitCode}" : string.Empty;
            var logs = await ContainerLogTail.ReadAsync(engine, id, 10, limit.Token).ConfigureAwait(false);
            return state + (logs.Length > 0 ? "; last log lines: " + logs : string.Empty);
        }
        catch (Exception)
        {
            return string.Empty;
        }
    }
}
