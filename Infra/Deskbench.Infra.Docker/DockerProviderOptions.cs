using Deskbench.Core.Environments;
using Deskbench.Guest.Client;
using Deskbench.Infra.Docker.External;

namespace Deskbench.Infra.Docker;

/// <summary>Settings of <see cref="DockerDesktopProvider"/>.</summary>
public sealed record DockerProviderOptions
{
    public static DockerProviderOptions Default { get; } = new();

    /// <summary>The desktop image (a tag or an image id). Default: the image <c>deskbench image build linux</c> makes.</summary>
    public string Image { get; init; } = LinuxImageRecipe.DefaultTag;

    /// <summary>The Docker engine; null honours <c>DOCKER_HOST</c>, else <c>unix:///var/run/docker.sock</c>.</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>Screen size of every desktop; null uses the size each <see cref="EnvironmentRequest"/> asks for.</summary>
    public ScreenSize? ScreenSize { get; init; }

    /// <summary>CPU limit per container in cores (Docker's <c>--cpus</c>); null: no limit.</summary>
    public double? Cpus { get; init; }

    /// <summary>Memory limit per container in bytes (Docker's <c>--memory</c>); null: no limit.</summary>
    public long? MemoryBytes { get; init; }

    /// <summary>Size of the container's <c>/dev/shm</c> (browsers want more than Docker's 64 MB).</summary>
    public long SharedMemoryBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Bound on start-up: from creating the container until its guest answers HTTP.</summary>
    public TimeSpan ReadinessTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Containers started ahead of demand: when an episode takes a desktop, the provider starts the next one at once, so
    /// the next episode's reset cost is hidden behind this one's run and evaluation. 0 disables the pool.
    /// </summary>
    public int WarmPoolSize { get; init; }

    /// <summary>On construction, remove containers whose owning harness process is gone (<see cref="ContainerReaper"/>).</summary>
    public bool ReapOnStart { get; init; } = true;

    /// <summary>
    /// External-image mode: run this image the user already has (OSWorld's or WAA's VM-in-a-container) instead of
    /// <see cref="Image"/>, and drive it in the "osworld" guest dialect. Null: Deskbench's own image. No warm pool in this mode.
    /// </summary>
    public ExternalImageOptions? External { get; init; }

    /// <summary>Per-call limits of the guest client.</summary>
    public GuestClientOptions Client { get; init; } = GuestClientOptions.Default;
}
