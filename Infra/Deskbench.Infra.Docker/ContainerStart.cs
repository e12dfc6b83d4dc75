using System.Globalization;
using Deskbench.Core.Environments;
using Deskbench.Core.Guest;
using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Logging;

namespace Deskbench.Infra.Docker;

/// <summary>
/// What every desktop container's start has in common, whichever image it runs (Deskbench's own or an external one):
/// Deskbench's labels, ports published on 127.0.0.1 only, create → register → start → read the host ports, and one way
/// of turning a start failure into an <see cref="EnvironmentStartException"/>.
/// </summary>
internal static class ContainerStart
{
    /// <summary>The labels the reaper and the run's bookkeeping go by (run, task, owner process, image).</summary>
    public static Dictionary<string, string> Labels(string runId, string taskId, DesktopImage image)
    {
        var owner = OwnerProcessIdentity.Current;
        return new Dictionary<string, string>
        {
            [ContainerLabels.Managed] = "true",
            [ContainerLabels.RunId] = runId,
            [ContainerLabels.TaskId] = taskId,
            [ContainerLabels.OwnerPid] = owner.Pid.ToString(CultureInfo.InvariantCulture),
            [ContainerLabels.OwnerStart] = owner.StartTime,
            ["deskbench.image"] = image.Reference,
        };
    }

    /// <summary>The container ports to expose (<c>"5000/tcp"</c> …).</summary>
    public static Dictionary<string, EmptyStruct> ExposedPorts(IEnumerable<int> ports) =>
        ports.ToDictionary(PortKey, _ => default(EmptyStruct));

    /// <summary>
    /// Each port published on 127.0.0.1 only, keeping it off every other host; the empty host port lets the engine pick a
    /// free one.
    /// </summary>
    public static Dictionary<string, IList<PortBinding>> LoopbackPortBindings(IEnumerable<int> ports) =>
        ports.ToDictionary(PortKey, _ => (IList<PortBinding>)[new PortBinding { HostIP = "127.0.0.1", HostPort = string.Empty }]);

    /// <summary>
    /// Creates the container (a missing image or an unreachable engine becomes one clear start error), registers it for
    /// clean-up, starts it and reads its published host ports. A failure after creation removes the container first.
    /// </summary>
    public static async Task<DesktopContainer> CreateAndStartAsync(
        DockerEngine engine, CreateContainerParameters parameters, DesktopImage image, ContainerRegistry registry, ILogger logger, CancellationToken cancellationToken)
    {
        string id;
        try
        {
            id = (await engine.Client.Containers.CreateContainerAsync(parameters, cancellationToken).ConfigureAwait(false)).ID;
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
        var name = parameters.Name ?? id;
        var created = new DesktopContainer(engine, id, name, new Dictionary<int, int>(), registry, logger);
        try
        {
            await engine.Client.Containers.StartContainerAsync(id, new ContainerStartParameters(), cancellationToken).ConfigureAwait(false);
            var inspected = await engine.Client.Containers.InspectContainerAsync(id, cancellationToken).ConfigureAwait(false);
            return new DesktopContainer(engine, id, name, HostPorts(inspected), registry, logger);
        }
        catch (Exception exception)
        {
            await created.DisposeAsync().ConfigureAwait(false);
            if (AsStartFailure(name, exception) is { } failure)
            {
                throw failure;
            }

            throw;
        }
    }

    /// <summary>
    /// The host port the engine published for <paramref name="containerPort"/>; none (the container stopped before its
    /// ports were read, or the engine did not publish it) is a start failure naming <paramref name="what"/>, with the
    /// container's state and last log lines.
    /// </summary>
    public static async Task<int> RequireHostPortAsync(DockerEngine engine, DesktopContainer container, int containerPort, string name, string what)
    {
        if (container.HostPorts.TryGetValue(containerPort, out var hostPort))
        {
            return hostPort;
        }

        throw new EnvironmentStartException(
            $"{name}: the engine published no host port for {what} ({containerPort.ToString(CultureInfo.InvariantCulture)}/tcp)"
            + await DescribeContainerAsync(engine, container.Id).ConfigureAwait(false));
    }

    /// <summary>
    /// Waits, for what is left of <paramref name="readinessTimeout"/> since <paramref name="started"/>, until the server in
    /// the container answers (<paramref name="waitUntilReady"/> gets that time); one that never answers becomes a start
    /// failure labelled <paramref name="label"/>, with the container's state and last log lines.
    /// </summary>
    public static async Task AwaitReadyAsync(
        DockerEngine engine, string containerId, string label, TimeSpan readinessTimeout, long started, TimeProvider timeProvider, Func<TimeSpan, Task> waitUntilReady)
    {
        var remaining = readinessTimeout - timeProvider.GetElapsedTime(started);
        try
        {
            await waitUntilReady(remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1)).ConfigureAwait(false);
        }
        catch (GuestUnavailableException unavailable)
        {
            throw new EnvironmentStartException(
                $"{label}: {unavailable.Message}{await DescribeContainerAsync(engine, containerId).ConfigureAwait(false)}", unavailable);
        }
    }

    /// <summary>
    /// An engine, HTTP or guest failure while starting container <paramref name="name"/> as a start error; null for what
    /// must propagate as it is (start errors already, cancellation, bugs).
    /// </summary>
    public static EnvironmentStartException? AsStartFailure(string name, Exception exception) =>
        exception is DockerApiException or HttpRequestException or IOException or GuestUnavailableException
            ? new EnvironmentStartException($"{name}: {exception.Message}", exception)
            : null;

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

    private static string PortKey(int port) => $"{port.ToString(CultureInfo.InvariantCulture)}/tcp";
}
