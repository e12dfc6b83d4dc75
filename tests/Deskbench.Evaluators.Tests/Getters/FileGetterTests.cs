using System.Text.Json.Nodes;
using Deskbench.Core.Setup;
using Deskbench.Evaluators.Getters;
using Deskbench.Evaluators.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Deskbench.Evaluators.Tests.Getters;

public sealed class FileGetterTests : IDisposable
{
    private readonly EvaluatorTestBed bed = new();

    private static JsonObject Spec(string json) => JsonNode.Parse(json)!.AsObject();

    private Task<JsonNode?> GetAsync(IGetter getter, string spec, GetterContext? context = null) =>
        getter.GetAsync(context ?? bed.GetterContext(), Spec(spec), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Vm_file_copies_the_guest_file_into_the_cache_and_returns_its_path()
    {
        var guestPath = bed.WriteGuestFile("Desktop/log.txt", "hello");
        var result = await GetAsync(new VmFileGetter(), $$"""{"type": "vm_file", "path": "{{guestPath}}", "dest": "log.txt"}""");
        var local = Path.Combine(bed.CacheDirectory, "log.txt");
        Assert.Equal(local, result!.GetValue<string>());
        Assert.Equal("hello", File.ReadAllText(local));
    }

    [Fact]
    public async Task Vm_file_gives_None_for_a_missing_guest_file()
    {
        var result = await GetAsync(new VmFileGetter(), """{"type": "vm_file", "path": "/nonexistent/x.txt", "dest": "x.txt"}""");
        Assert.Null(result);
        Assert.False(File.Exists(Path.Combine(bed.CacheDirectory, "x.txt")));
    }

    [Fact]
    public async Task Vm_file_multi_returns_the_given_indices_with_None_for_missing_files()
    {
        var first = bed.WriteGuestFile("have_seen", "1");
        var spec = $$"""
            {"type": "vm_file", "multi": true, "path": ["{{first}}", "/nonexistent/Bills", "{{first}}"],
             "dest": ["have_seen", "Bills", "copy"], "gives": [0, 1]}
            """;
        var result = (JsonArray)(await GetAsync(new VmFileGetter(), spec))!;
        Assert.Equal(2, result.Count);
        Assert.Equal(Path.Combine(bed.CacheDirectory, "have_seen"), result[0]!.GetValue<string>());
        Assert.Null(result[1]);
        // Not given, but still downloaded, as OSWorld does.
        Assert.True(File.Exists(Path.Combine(bed.CacheDirectory, "copy")));
    }

    [Fact]
    public async Task Vm_file_multi_as_the_string_true_with_default_gives_returns_one_path()
    {
        var a = bed.WriteGuestFile("a.jpg", "a");
        var b = bed.WriteGuestFile("b.jpg", "b");
        var spec = $$"""{"type": "vm_file", "multi": "true", "path": ["{{a}}", "{{b}}"], "dest": ["a.jpg", "b.jpg"]}""";
        var result = await GetAsync(new VmFileGetter(), spec);
        Assert.Equal(Path.Combine(bed.CacheDirectory, "a.jpg"), result!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(bed.CacheDirectory, "b.jpg")));
    }

    [Fact]
    public async Task Vm_file_time_suffix_inserts_the_local_time_before_the_extension()
    {
        var guestPath = bed.WriteGuestFile("export.csv", "x");
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 5, 14, 7, 9, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        var context = bed.GetterContext() with { Clock = clock };
        var result = await GetAsync(
            new VmFileGetter(), $$"""{"type": "vm_file", "path": "{{guestPath}}", "dest": "Export-.csv", "time_suffix": true}""", context);
        Assert.Equal(Path.Combine(bed.CacheDirectory, "Export-_20240305_140709.csv"), result!.GetValue<string>());
    }

    [Fact]
    public async Task Cloud_file_copies_the_cached_asset_to_dest()
    {
        const string url = "https://example.org/gold.txt";
        bed.Assets.Add(url, "gold");
        var result = await GetAsync(new CloudFileGetter(), $$"""{"type": "cloud_file", "path": "{{url}}", "dest": "gold.txt"}""");
        Assert.Equal("gold", File.ReadAllText(result!.GetValue<string>()));
    }

    [Fact]
    public async Task Cloud_file_keeps_an_existing_dest_without_fetching()
    {
        bed.WriteCacheFile("script.js", "agent's file");
        var result = await GetAsync(new CloudFileGetter(), """{"type": "cloud_file", "path": "https://example.org/s.js", "dest": "script.js"}""");
        Assert.Equal("agent's file", File.ReadAllText(result!.GetValue<string>()));
        Assert.Empty(bed.Assets.Requests);
    }

    [Fact]
    public async Task Cloud_file_multi_returns_a_list_and_an_uncached_url_raises()
    {
        bed.Assets.Add("https://example.org/1", "one").Add("https://example.org/2", "two");
        var spec = """
            {"type": "cloud_file", "multi": true, "path": ["https://example.org/1", "https://example.org/2"],
             "dest": ["1.txt", "2.txt"], "gives": [0, 1]}
            """;
        var result = (JsonArray)(await GetAsync(new CloudFileGetter(), spec))!;
        Assert.Equal(["one", "two"], result.Select(p => File.ReadAllText(p!.GetValue<string>())));
        await Assert.ThrowsAsync<AssetNotCachedException>(
            () => GetAsync(new CloudFileGetter(), """{"type": "cloud_file", "path": "https://example.org/3", "dest": "3.txt"}"""));
    }

    [Fact]
    public async Task Cache_file_returns_the_cache_path_and_asserts_it_exists()
    {
        var path = bed.WriteCacheFile("wmctrl.out", "x");
        Assert.Equal(path, (await GetAsync(new CacheFileGetter(), """{"type": "cache_file", "path": "wmctrl.out"}"""))!.GetValue<string>());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => GetAsync(new CacheFileGetter(), """{"type": "cache_file", "path": "absent.out"}"""));
        Assert.Contains("AssertionError", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => bed.Dispose();
}
