using Deskbench.Core.Environments;
using Deskbench.Core.Guest;
using Deskbench.Guest.Client;

namespace Deskbench.Infra.Docker;

/// <summary>
/// A desktop in one container: the guest answers on a port published on 127.0.0.1 only. Disposing removes the container
/// (forced: killed if it still runs); a container already gone is not an error.
/// </summary>
public sealed class DockerDesktopEnvironment : IEnvironment
{
    private readonly DesktopContainer _container;
    private readonly GuestHttpClient _client;
    private readonly Dictionary<string, string> _properties;

    internal DockerDesktopEnvironment(DesktopContainer container, GuestHttpClient client, ScreenSize screenSize, DesktopImage image)
    {
        _container = container;
        _client = client;
        ScreenSize = screenSize;
        Image = image;
        _properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["image"] = image.Reference,
            ["image_digest"] = image.Digest,
            ["image_id"] = image.Id,
            ["container"] = container.Id,
            ["container_name"] = container.Name,
            ["guestUrl"] = client.BaseAddress.AbsoluteUri,
        };
        foreach (var (containerPort, hostPort) in container.HostPorts)
        {
            _properties[$"port.{containerPort}"] = hostPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // Chrome DevTools as the harness reaches it (the container's 9222, published on a free host port).
        if (container.HostPorts.TryGetValue(9222, out var cdpPort))
        {
            _properties[EnvironmentPropertyNames.CdpUrl] = $"http://127.0.0.1:{cdpPort.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        }
    }

    public string Id => _container.Name;

    public string ProviderName => DockerDesktopProvider.ProviderName;

    public ScreenSize ScreenSize { get; }

    public IGuestClient Guest => _client;

    /// <summary>The same client, typed.</summary>
    public GuestHttpClient GuestClient => _client;

    public IReadOnlyDictionary<string, string> Properties => _properties;

    /// <summary>The container's full id.</summary>
    public string ContainerId => _container.Id;

    public DesktopImage Image { get; }

    /// <summary>Host port (on 127.0.0.1) published for a container port such as 5000, 9222 or 8080.</summary>
    public int? HostPortOf(int containerPort) => _container.HostPorts.TryGetValue(containerPort, out var port) ? port : null;

    /// <summary>Memory the container uses now, as <c>docker stats</c> reports it (bytes, page cache excluded).</summary>
    public Task<long> GetMemoryUsageAsync(CancellationToken cancellationToken) => _container.GetMemoryUsageAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _container.DisposeAsync().ConfigureAwait(false);
    }
}
