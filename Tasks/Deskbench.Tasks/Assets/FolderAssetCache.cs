using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Deskbench.Core.Setup;

namespace Deskbench.Tasks.Assets;

/// <summary>
/// Task assets (the URLs of <c>download</c> steps and <c>cloud_file</c> getters) in a local folder, since desktops have no
/// internet. A URL is found through <c>index.json</c> in the folder (an object: url → file path relative to the folder),
/// or else as the file <see cref="GetCacheFileName"/>(url), i.e. <c>&lt;first 16 hex of sha256(url)&gt;_&lt;basename&gt;</c>.
/// </summary>
public sealed class FolderAssetCache : IAssetCache
{
    public const string IndexFileName = "index.json";

    private readonly SemaphoreSlim _indexLock = new(1, 1);
    private IReadOnlyDictionary<string, string>? _index;

    public FolderAssetCache(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Folder = Path.GetFullPath(folder);
    }

    public string Folder { get; }

    /// <summary>
    /// The file name under which <paramref name="url"/> is looked up when <c>index.json</c> does not list it: the first
    /// 16 hex digits of the SHA-256 of the URL (UTF-8), an underscore, and the last segment of the URL's path
    /// (percent-decoded; "asset" when empty), e.g. <c>3f9a0c1d2e4b5a67_contacts.xlsx</c>.
    /// </summary>
    public static string GetCacheFileName(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..16];
        return $"{hash}_{BaseName(url)}";
    }

    public async Task<string> GetLocalPathAsync(string url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var index = await GetIndexAsync(cancellationToken);
        if (index.TryGetValue(url, out var relative))
        {
            var indexed = Path.GetFullPath(relative, Folder);
            return File.Exists(indexed)
                ? indexed
                : throw new AssetNotCachedException(url, $"{Folder}: {IndexFileName} maps it to {relative}, which does not exist");
        }

        var fileName = GetCacheFileName(url);
        var path = Path.Combine(Folder, fileName);
        return File.Exists(path)
            ? path
            : throw new AssetNotCachedException(url, $"{Folder}: not in {IndexFileName}, and no file named {fileName}");
    }

    private static string BaseName(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url.Split('?', '#')[0];
        var name = Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
        var invalid = Path.GetInvalidFileNameChars();
        name = new string([.. name.Select(c => invalid.Contains(c) || c == '\\' ? '_' : c)]);
        return name.Length == 0 || name is "." or ".." ? "asset" : name;
    }

    private async Task<IReadOnlyDictionary<string, string>> GetIndexAsync(CancellationToken cancellationToken)
    {
        if (_index is { } loaded)
        {
            return loaded;
        }

        await _indexLock.WaitAsync(cancellationToken);
        try
        {
            return _index ??= await ReadIndexAsync(cancellationToken);
        }
        finally
        {
            _indexLock.Release();
        }
    }

    private async Task<IReadOnlyDictionary<string, string>> ReadIndexAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(Folder, IndexFileName);
        if (!File.Exists(path))
        {
            return new Dictionary<string, string>();
        }

        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync<Dictionary<string, string>>(stream, cancellationToken: cancellationToken)
                ?? throw new InvalidDataException($"{path}: expected an object mapping URLs to file paths, got null");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: expected an object mapping URLs to file paths: {ex.Message}", ex);
        }
    }
}
