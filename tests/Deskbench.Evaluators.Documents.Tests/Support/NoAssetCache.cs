using Deskbench.Core.Setup;

namespace Deskbench.Evaluators.Documents.Tests.Support;

/// <summary>An asset cache that holds nothing (the getters under test never ask for URLs).</summary>
public sealed class NoAssetCache(string directory) : IAssetCache
{
    public Task<string> GetLocalPathAsync(string url, CancellationToken cancellationToken) =>
        throw new AssetNotCachedException(url, directory);
}
