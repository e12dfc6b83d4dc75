namespace Deskbench.Infra.Docker.External;

/// <summary>
/// External-image mode of the docker provider: run an image the user already has that serves OSWorld's in-VM protocol
/// (OSWorld's or Windows Agent Arena's, which boot a VM inside the container), the way OSWorld's Docker provider runs it:
/// <c>-e DISK_SIZE -e RAM_SIZE -e CPU_CORES --cap-add NET_ADMIN --device /dev/kvm</c> (or <c>-e KVM=N</c> without KVM),
/// the VM disk bind-mounted, the layout's ports published on 127.0.0.1; ready when <c>GET /screenshot</c> answers 200.
/// </summary>
public sealed record ExternalImageOptions
{
    /// <summary>The image (tag or id) in the local engine; never pulled.</summary>
    public required string Image { get; init; }

    public ExternalImageLayout Layout { get; init; } = ExternalImageLayout.OsWorld;

    /// <summary>
    /// The VM disk on the host: OSWorld's <c>Ubuntu.qcow2</c> (mounted read-only, so every container boots the same state),
    /// or WAA's prepared storage folder (read-write). Null mounts nothing (an image that carries its own desktop).
    /// </summary>
    public string? VmDisk { get; init; }

    /// <summary><c>DISK_SIZE</c> of the VM (OSWorld: 32G).</summary>
    public string DiskSize { get; init; } = "32G";

    /// <summary><c>RAM_SIZE</c> of the VM (OSWorld: 4G).</summary>
    public string RamSize { get; init; } = "4G";

    /// <summary><c>CPU_CORES</c> of the VM (OSWorld: 4).</summary>
    public int CpuCores { get; init; } = 4;

    /// <summary>The KVM device passed through when it exists on the host; otherwise the container gets <c>KVM=N</c> (very slow).</summary>
    public string KvmDevice { get; init; } = "/dev/kvm";

    /// <summary>From creating the container until <c>GET /screenshot</c> answers 200 (OSWorld waits 300 s for the VM to boot).</summary>
    public TimeSpan ReadinessTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>Pause between readiness probes (OSWorld: 1 s).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>More environment variables for the container (<c>NAME=value</c> each).</summary>
    public IReadOnlyList<string> Environment { get; init; } = [];

    /// <summary>Replaces the image's CMD; null keeps it.</summary>
    public IReadOnlyList<string>? Command { get; init; }
}
