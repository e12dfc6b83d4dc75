using Deskbench.Core.Setup;

namespace Deskbench.Evaluators.Tests.Support;

/// <summary>An asset cache holding files registered by URL; anything else is not cached.</summary>
public sealed class DirectoryAssetCache(string directory) : IAssetCache
{
    private readonly Dictionary<string, string> files = new(StringComparer.Ordinal);

    public List<string> Requests { get; } = [];

    public DirectoryAssetCache Add(string url, string content)
    {
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        File.WriteAllText(path, content);
        files[url] = path;
        return this;
    }

    public Task<string> GetLocalPathAsync(string url, CancellationToken cancellationToken)
    {
        Requests.Add(url);
        return files.TryGetValue(url, out var path)
            ? Task.FromResult(path)
            : throw new AssetNotCachedException(url, directory);
    }
}
