namespace Deskbench.Infra.Docker.External;

/// <summary>How an external desktop image is laid out: which ports it serves and where its VM disk goes.</summary>
public enum ExternalImageLayout
{
    /// <summary>
    /// OSWorld's <c>happysixd/osworld-docker</c>: QEMU boots the qcow2 bind-mounted read-only at <c>/System.qcow2</c>; ports
    /// 5000 (in-VM server), 9222 (Chrome DevTools), 8006 (QEMU's web VNC), 8080 (VLC's web interface).
    /// </summary>
    OsWorld,

    /// <summary>
    /// Windows Agent Arena's <c>windowsarena/winarena</c> (dockur/windows based): the prepared VM storage folder is bind-mounted
    /// read-write at <c>/storage</c> (WAA has no snapshot: the VM writes into it, so give each run a copy); ports 5000 (in-VM
    /// server, forwarded to the VM at 20.20.20.21), 9222 (Chrome/Edge DevTools through Caddy), 8006 (noVNC), 3389 (RDP).
    /// The image's own entry script also starts WAA's client harness; Deskbench only talks to port 5000.
    /// </summary>
    WindowsAgentArena,
}
