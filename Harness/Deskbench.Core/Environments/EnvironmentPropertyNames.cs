namespace Deskbench.Core.Environments;

/// <summary>Well-known keys of <see cref="IEnvironment.Properties"/> that the harness reads.</summary>
public static class EnvironmentPropertyNames
{
    /// <summary>The desktop image the environment runs (a tag or name), when the provider has one.</summary>
    public const string Image = "image";

    /// <summary>The content digest or id of that image; recorded in results and the run manifest in preference to <see cref="Image"/>.</summary>
    public const string ImageDigest = "image_digest";

    /// <summary>The Chrome DevTools Protocol endpoint of the desktop's browser (http://host:port), as reachable from the harness.</summary>
    public const string CdpUrl = "cdp_url";
}
