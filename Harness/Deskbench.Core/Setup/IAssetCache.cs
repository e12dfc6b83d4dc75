namespace Deskbench.Core.Setup;

/// <summary>Maps URLs of task assets to local files (there is no internet: assets are cached beforehand).</summary>
public interface IAssetCache
{
    /// <summary>The local path of the cached copy of <paramref name="url"/>; throws <see cref="AssetNotCachedException"/> when absent.</summary>
    Task<string> GetLocalPathAsync(string url, CancellationToken cancellationToken);
}
