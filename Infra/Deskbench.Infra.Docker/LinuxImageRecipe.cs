namespace Deskbench.Infra.Docker;

/// <summary>Names and versions of the Linux desktop image and its debootstrap base.</summary>
public static class LinuxImageRecipe
{
    /// <summary>Bumped whenever the recipe (Dockerfile, rootfs files) changes meaning.</summary>
    public const string Version = "1";

    public const string Repository = "deskbench/desktop-linux";

    /// <summary>The tag the provider uses by default.</summary>
    public const string DefaultTag = Repository + ":" + Version;

    /// <summary>The imported debootstrap root filesystem.</summary>
    public const string BaseTag = "deskbench/debian-base:12";

    public const string Suite = "bookworm";

    public const string DefaultMirror = "http://deb.debian.org/debian";

    /// <summary>The recipe folder inside a source checkout.</summary>
    public const string RecipeFolder = "images/linux";

    /// <summary>Default cache folder for the debootstrap tarball and the build context.</summary>
    public static string DefaultCacheDirectory { get; } = "/var/cache/deskbench";

    /// <summary>File name of the cached debootstrap tarball inside the cache folder.</summary>
    public const string BaseTarballName = "images/debian-12-minbase.tar";
}
