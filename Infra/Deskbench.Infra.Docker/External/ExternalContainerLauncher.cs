using System.Globalization;
using System.Security.Cryptography;
using Deskbench.Core.Environments;
using Deskbench.Core.Guest;
using Deskbench.Guest.Client;
using Deskbench.Guest.Client.OsWorld;
using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Logging;

namespace Deskbench.Infra.Docker.External;

/// <summary>
/// Starts one container of an external image as OSWorld's Docker provider does (<see cref="ExternalImageOptions"/>), with
/// Deskbench's labels (run, task, owner: the reaper removes it when its harness dies), the layout's ports published on
/// 127.0.0.1 only (free host ports chosen by the engine), then waits until <c>GET /screenshot</c> answers 200. Any failure
/// removes the container before it is reported.
/// </summary>
internal sealed class ExternalContainerLauncher(
    DockerEngine engine,
    ExternalImageOptions options,
    DesktopImage image,
    ContainerRegistry registry,
    GuestClientOptions clientOptions,
    ILoggerFactory loggerFactory,
    TimeProvider timeProvider)
{
    /// <summary>Label naming the external layout (absent on containers of Deskbench's own image).</summary>
    public const string LayoutLabel = "deskbench.external-layout";

    private readonly ILogger _logger = loggerFactory.CreateLogger<DockerDesktopProvider>();

    public async Task<ExternalImageEnvironment> StartAsync(string runId, string taskId, ScreenSize requestedScreen, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var name = $"deskbench-ext-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";
        var container = await ContainerStart.CreateAndStartAsync(
            engine, CreateParameters(name, runId, taskId), image, registry, _logger, cancellationToken).ConfigureAwait(false);
        OsWorldDialectGuestClient? client = null;
        try
        {
            var serverPort = await ContainerStart.RequireHostPortAsync(engine, container, ExternalImagePorts.Server, name, "the in-VM server")
                .ConfigureAwait(false);

            client = new OsWorldDialectGuestClient(
                new Uri($"http://127.0.0.1:{serverPort.ToString(CultureInfo.InvariantCulture)}/"), clientOptions, loggerFactory, timeProvider);
            var ready = client;
            await ContainerStart.AwaitReadyAsync(
                engine, container.Id, $"{name} ({image.Reference})", options.ReadinessTimeout, started, timeProvider,
                remaining => ready.WaitUntilReadyAsync(remaining, options.PollInterval, cancellationToken)).ConfigureAwait(false);

            var screen = await ScreenSizeAsync(client, requestedScreen, cancellationToken).ConfigureAwait(false);
            var environment = new ExternalImageEnvironment(container, client, screen, image, options);
            _logger.LogInformation("{Container}: external image {Image} ready at {Url} in {Ms:0} ms (task {Task})",
                name, image.Reference, client.BaseAddress, timeProvider.GetElapsedTime(started).TotalMilliseconds, taskId);
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

    /// <summary>The VM's own screen size (<c>/screen_size</c>); the requested one when the server cannot say.</summary>
    private async Task<ScreenSize> ScreenSizeAsync(OsWorldDialectGuestClient client, ScreenSize requested, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetScreenSizeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is GuestUnavailableException or GuestRequestException)
        {
            _logger.LogWarning("{Url}: /screen_size failed ({Error}); assuming {Width}x{Height}", client.BaseAddress, exception.Message, requested.Width, requested.Height);
            return requested;
        }
    }

    internal CreateContainerParameters CreateParameters(string name, string runId, string taskId)
    {
        var ports = ExternalImagePorts.Of(options.Layout);
        var kvm = HasDevice(options.KvmDevice);
        List<string> environment =
        [
            $"DISK_SIZE={options.DiskSize}",
            $"RAM_SIZE={options.RamSize}",
            $"CPU_CORES={options.CpuCores.ToString(CultureInfo.InvariantCulture)}",
            .. kvm ? Array.Empty<string>() : ["KVM=N"],
            .. options.Environment,
        ];
        var mounts = options.VmDisk is { } disk
            ? [$"{Path.GetFullPath(disk)}:{ExternalImagePorts.DiskMountPoint(options.Layout)}{(options.Layout == ExternalImageLayout.OsWorld ? ":ro" : string.Empty)}"]
            : new List<string>();
        var parameters = new CreateContainerParameters
        {
            Name = name,
            Image = image.Id,
            Env = environment,
            Labels = new Dictionary<string, string>(ContainerStart.Labels(runId, taskId, image)) { [LayoutLabel] = options.Layout.ToString() },
            ExposedPorts = ContainerStart.ExposedPorts(ports),
            HostConfig = new HostConfig
            {
                // 127.0.0.1 only: the in-VM server has no authentication.
                PortBindings = ContainerStart.LoopbackPortBindings(ports),
                CapAdd = ["NET_ADMIN"],
                Devices = kvm ? [new DeviceMapping { PathOnHost = options.KvmDevice, PathInContainer = "/dev/kvm", CgroupPermissions = "rwm" }] : [],
                Binds = mounts,
            },
        };
        if (options.Command is { } command)
        {
            parameters.Cmd = [.. command];
        }

        return parameters;
    }

    /// <summary>True when <paramref name="path"/> exists and is not a folder (a character device such as /dev/kvm).</summary>
    internal static bool HasDevice(string path) => Path.Exists(path) && !Directory.Exists(path);
}
