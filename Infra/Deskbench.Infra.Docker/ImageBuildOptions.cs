namespace Deskbench.Infra.Docker;

/// <summary>What <see cref="LinuxImageBuilder"/> builds, and from where.</summary>
public sealed record ImageBuildOptions
{
    /// <summary>The source checkout (holds <c>images/linux</c> and <c>Infra/Deskbench.Guest</c>).</summary>
    public required string RepositoryRoot { get; init; }

    public string Tag { get; init; } = LinuxImageRecipe.DefaultTag;

    /// <summary>Holds the debootstrap tarball (reused when present) and the build context.</summary>
    public string CacheDirectory { get; init; } = LinuxImageRecipe.DefaultCacheDirectory;

    public string Mirror { get; init; } = LinuxImageRecipe.DefaultMirror;

    /// <summary>Make the root filesystem again even when the cached tarball exists.</summary>
    public bool RefreshBase { get; init; }

    /// <summary>The <c>docker</c> command-line client (build and import go through it).</summary>
    public string DockerCommand { get; init; } = "docker";

    /// <summary>The .NET SDK's <c>dotnet</c> (publishes the guest; its shared runtime is copied into the image).</summary>
    public string DotnetCommand { get; init; } = "dotnet";
}
