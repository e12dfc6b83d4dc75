using System.Text.Json.Nodes;
using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;
using Deskbench.Tasks.Setup;
using static Deskbench.Evaluators.Tests.Desktop.GuestGetters;

namespace Deskbench.Evaluators.Tests.Desktop;

/// <summary>
/// Desktop tier: <c>cache_file</c> reading what a real <c>execute</c> step captured from the real guest, and
/// <c>cloud_file</c> taking URLs from a real <see cref="Deskbench.Tasks.Assets.FolderAssetCache"/> into the task cache.
/// </summary>
public sealed class CacheAndCloudGettersDesktopTests(GuestDesktopFixture desktop) : IClassFixture<GuestDesktopFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cache_file_returns_what_an_execute_step_saved_from_the_guest()
    {
        var environment = desktop.Require();
        var setup = desktop.NewSetupContext(desktop.Task);
        var step = new SetupStep("execute", JsonNode.Parse("""{"command": "echo $HOME; uname -s", "shell": true, "stdout": "out/answer.txt"}""")!.AsObject());
        await SetupRunner.CreateDefault(null, TimeProvider.System, TestOutputLoggerFactory.Instance).RunAsync([step], setup, Token);
        var context = new GetterContext(setup.Task, setup.Environment, setup.CacheDirectory, setup.Assets);

        var result = await GetAsync(context, """{"type": "cache_file", "path": "out/answer.txt"}""");

        var local = result!.GetValue<string>();
        Assert.Equal(Path.Combine(setup.CacheDirectory, "out", "answer.txt"), local);
        Assert.Equal($"{environment.HomeDirectory}\nLinux\n", await File.ReadAllTextAsync(local, Token));
    }

    [Fact]
    public async Task Cache_file_that_nothing_wrote_is_an_error()
    {
        desktop.Require();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            GetAsync(desktop.NewGetterContext(), """{"type": "cache_file", "path": "never-written.txt"}"""));

        Assert.Contains("never-written.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cloud_file_copies_cached_assets_into_the_task_cache_folder()
    {
        desktop.Require();
        var tag = Unique("cloud");
        var gold = $"https://assets.deskbench.invalid/{tag}/gold.txt";
        var other = $"https://assets.deskbench.invalid/{tag}/other.txt";
        await desktop.AddAssetAsync(gold, $"gold {tag}\n");
        await desktop.AddAssetAsync(other, $"other {tag}\n");
        var context = desktop.NewGetterContext();

        var single = await GetAsync(context, $$"""{"type": "cloud_file", "path": "{{gold}}", "dest": "gold.txt"}""");
        var multi = await GetAsync(context, $$"""{"type": "cloud_file", "multi": true, "path": ["{{gold}}", "{{other}}"], "dest": ["g2.txt", "o2.txt"], "gives": [0, 1]}""");

        Assert.Equal(Path.Combine(context.CacheDirectory, "gold.txt"), single!.GetValue<string>());
        Assert.Equal($"gold {tag}\n", await File.ReadAllTextAsync(single.GetValue<string>(), Token));
        Assert.Equal(
            [$"gold {tag}\n", $"other {tag}\n"],
            await Task.WhenAll(multi!.AsArray().Select(p => File.ReadAllTextAsync(p!.GetValue<string>(), Token))));
    }

    [Fact]
    public async Task Cloud_file_keeps_an_existing_destination_and_fails_for_an_uncached_url()
    {
        desktop.Require();
        var tag = Unique("kept");
        var url = $"https://assets.deskbench.invalid/{tag}/file.txt";
        await desktop.AddAssetAsync(url, "from the asset cache");
        var context = desktop.NewGetterContext();
        Directory.CreateDirectory(context.CacheDirectory);
        await File.WriteAllTextAsync(Path.Combine(context.CacheDirectory, "file.txt"), "already here", Token);

        var kept = await GetAsync(context, $$"""{"type": "cloud_file", "path": "{{url}}", "dest": "file.txt"}""");
        var error = await Assert.ThrowsAsync<AssetNotCachedException>(() =>
            GetAsync(context, $$"""{"type": "cloud_file", "path": "{{url}}.missing", "dest": "missing.txt"}"""));

        Assert.Equal("already here", await File.ReadAllTextAsync(kept!.GetValue<string>(), Token));
        Assert.Equal($"{url}.missing", error.Url);
    }
}
