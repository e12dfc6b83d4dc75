using System.Security.Cryptography;
using System.Text;
using Deskbench.Core.Setup;
using Deskbench.Tasks.Assets;
using Deskbench.Tasks.Tests.Support;

namespace Deskbench.Tasks.Tests.Assets;

public sealed class FolderAssetCacheTests : IDisposable
{
    private const string Url = "https://huggingface.co/datasets/xlangai/ubuntu_osworld_file_cache/resolve/main/os/x/My%20File.xlsx?download=true";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Cache_file_name_is_16_hex_of_sha256_then_the_decoded_basename()
    {
        var expectedHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Url)))[..16];

        Assert.Equal($"{expectedHash}_My File.xlsx", FolderAssetCache.GetCacheFileName(Url));
        Assert.EndsWith("_asset", FolderAssetCache.GetCacheFileName("https://example.org/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_under_the_hashed_name_is_found()
    {
        var path = _folder.Write(FolderAssetCache.GetCacheFileName(Url), "data");

        var found = await new FolderAssetCache(_folder.Path).GetLocalPathAsync(Url, TestContext.Current.CancellationToken);

        Assert.Equal(path, found);
    }

    [Fact]
    public async Task Index_json_maps_urls_to_relative_files()
    {
        var path = _folder.Write("files/contacts.csv", "a,b");
        _folder.Write("index.json", $$"""{"{{Url}}": "files/contacts.csv"}""");

        var found = await new FolderAssetCache(_folder.Path).GetLocalPathAsync(Url, TestContext.Current.CancellationToken);

        Assert.Equal(path, found);
    }

    [Fact]
    public async Task A_missing_asset_throws_with_the_url_and_the_expected_file_name()
    {
        var cache = new FolderAssetCache(_folder.Path);

        var ex = await Assert.ThrowsAsync<AssetNotCachedException>(() => cache.GetLocalPathAsync(Url, TestContext.Current.CancellationToken));

        Assert.Equal(Url, ex.Url);
        Assert.Contains(Url, ex.Message, StringComparison.Ordinal);
        Assert.Contains(FolderAssetCache.GetCacheFileName(Url), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_index_entry_pointing_at_a_missing_file_is_a_miss()
    {
        _folder.Write("index.json", $$"""{"{{Url}}": "gone.xlsx"}""");

        var ex = await Assert.ThrowsAsync<AssetNotCachedException>(
            () => new FolderAssetCache(_folder.Path).GetLocalPathAsync(Url, TestContext.Current.CancellationToken));

        Assert.Contains("gone.xlsx", ex.Message, StringComparison.Ordinal);
    }
}
