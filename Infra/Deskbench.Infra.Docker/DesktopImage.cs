using Docker.DotNet;

namespace Deskbench.Infra.Docker;

/// <summary>The image desktops start from: the name asked for, its content-addressed id and its registry digest when it has one.</summary>
public sealed record DesktopImage(string Reference, string Id, string? RepoDigest)
{
    /// <summary>What run manifests record as <c>image_digest</c>: the registry digest when there is one, else the image id.</summary>
    public string Digest => RepoDigest ?? Id;

    /// <exception cref="EnvironmentImageMissingException">The engine has no such image.</exception>
    public static async Task<DesktopImage> ResolveAsync(DockerEngine engine, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        try
        {
            var image = await engine.Client.Images.InspectImageAsync(reference, cancellationToken).ConfigureAwait(false);
            return new DesktopImage(reference, image.ID, image.RepoDigests?.FirstOrDefault());
        }
        catch (DockerImageNotFoundException exception)
        {
            throw new EnvironmentImageMissingException(reference, exception);
        }
    }
}
