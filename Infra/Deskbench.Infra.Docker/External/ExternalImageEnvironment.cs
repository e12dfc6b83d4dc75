using System.Globalization;
using Deskbench.Core.Environments;
using Deskbench.Core.Guest;
using Deskbench.Guest.Client.OsWorld;

namespace Deskbench.Infra.Docker.External;

/// <summary>
/// A desktop in a container of an external image (OSWorld's or WAA's VM-in-a-container), driven through the "osworld"
/// guest dialect. Disposing removes the container (forced), which discards the VM: the next one boots fresh from the
/// read-only disk, as OSWorld's Docker provider resets.
/// </summary>
public sealed class ExternalImageEnvironment : IEnvironment
{
    private readonly DesktopContainer _container;
    private readonly OsWorldDialectGuestClient _client;
    private readonly Dictionary<string, string> _properties;

    internal ExternalImageEnvironment(DesktopContainer container, OsWorldDialectGuestClient client, ScreenSize screenSize, DesktopImage image, ExternalImageOptions options)
    {
        _container = container;
        _client = client;
        ScreenSize = screenSize;
        Image = image;
        _properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [EnvironmentPropertyNames.Image] = image.Reference,
            [EnvironmentPropertyNames.ImageDigest] = image.Digest,
            ["image_id"] = image.Id,
            ["container"] = container.Id,
            ["container_name"] = container.Name,
            ["guestUrl"] = client.BaseAddress.AbsoluteUri,
            ["guest_dialect"] = OsWorldDialectGuestClient.DialectName,
            ["external_layout"] = options.Layout.ToString(),
        };
        foreach (var (containerPort, hostPort) in container.HostPorts)
        {
            _properties[$"port.{containerPort.ToString(CultureInfo.InvariantCulture)}"] = hostPort.ToString(CultureInfo.InvariantCulture);
        }

        if (container.HostPorts.TryGetValue(ExternalImagePorts.ChromeDevTools, out var cdp))
        {
            _properties[EnvironmentPropertyNames.CdpUrl] = $"http://127.0.0.1:{cdp.ToString(CultureInfo.InvariantCulture)}";
        }

        if (container.HostPorts.TryGetValue(ExternalImagePorts.Vnc, out var vnc))
        {
            _properties["vnc_url"] = $"http://127.0.0.1:{vnc.ToString(CultureInfo.InvariantCulture)}/";
        }
    }

    public string Id => _container.Name;

    public string ProviderName => DockerDesktopProvider.ProviderName;

    public ScreenSize ScreenSize { get; }

    public IGuestClient Guest => _client;

    /// <summary>The same client, typed.</summary>
    public OsWorldDialectGuestClient DialectClient => _client;

    public IReadOnlyDictionary<string, string> Properties => _properties;

    /// <summary>The container's full id.</summary>
    public string ContainerId => _container.Id;

    public DesktopImage Image { get; }

    /// <summary>Host port (on 127.0.0.1) published for a container port such as 5000, 9222, 8006 or 8080.</summary>
    public int? HostPortOf(int containerPort) => _container.HostPorts.TryGetValue(containerPort, out var port) ? port : null;

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _container.DisposeAsync().ConfigureAwait(false);
    }
}
