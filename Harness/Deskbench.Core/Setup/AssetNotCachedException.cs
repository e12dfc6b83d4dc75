namespace Deskbench.Core.Setup;

public sealed class AssetNotCachedException(string url, string cacheDirectory)
    : Exception($"asset not cached: {url} (looked in {cacheDirectory})")
{
    public string Url { get; } = url;
}
