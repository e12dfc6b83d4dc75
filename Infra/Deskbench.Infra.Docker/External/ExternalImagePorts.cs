using Deskbench.Guest.Client.OsWorld;

namespace Deskbench.Infra.Docker.External;

/// <summary>The container ports of an external image, by layout (OSWorld's Docker provider: 5000, 9222, 8006, 8080).</summary>
public static class ExternalImagePorts
{
    /// <summary>The in-VM server (OSWorld's Flask <c>main.py</c>), spoken to in the <see cref="OsWorldDialectGuestClient"/> dialect.</summary>
    public const int Server = 5000;

    /// <summary>Chrome DevTools (the VM's Chrome on 1337, forwarded).</summary>
    public const int ChromeDevTools = 9222;

    /// <summary>QEMU's web VNC (noVNC).</summary>
    public const int Vnc = 8006;

    /// <summary>VLC's web interface (OSWorld).</summary>
    public const int Vlc = 8080;

    /// <summary>Remote desktop into the Windows VM (WAA).</summary>
    public const int Rdp = 3389;

    /// <summary>The ports published (on 127.0.0.1, free host ports) for <paramref name="layout"/>.</summary>
    public static IReadOnlyList<int> Of(ExternalImageLayout layout) => layout switch
    {
        ExternalImageLayout.OsWorld => [Server, ChromeDevTools, Vnc, Vlc],
        ExternalImageLayout.WindowsAgentArena => [Server, ChromeDevTools, Vnc, Rdp],
        _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, "unknown external image layout"),
    };

    /// <summary>Where the VM disk (a qcow2 file, or WAA's storage folder) is mounted inside the container.</summary>
    public static string DiskMountPoint(ExternalImageLayout layout) => layout switch
    {
        ExternalImageLayout.OsWorld => "/System.qcow2",
        ExternalImageLayout.WindowsAgentArena => "/storage",
        _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, "unknown external image layout"),
    };
}
