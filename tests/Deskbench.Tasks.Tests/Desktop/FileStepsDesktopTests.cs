using System.Text;
using System.Text.Json.Nodes;
using Deskbench.Core.Guest;
using Deskbench.Core.Setup;
using Deskbench.Tasks.Assets;
using static Deskbench.Tasks.Tests.Desktop.DesktopSteps;

namespace Deskbench.Tasks.Tests.Desktop;

/// <summary>
/// Desktop tier: <c>upload_file</c> and <c>download</c> (through a <see cref="FolderAssetCache"/>) put real files into the
/// real guest; a missing asset fails the step with <see cref="AssetNotCachedException"/> inside.
/// </summary>
public sealed class FileStepsDesktopTests(RealDesktopFixture desktop) : IClassFixture<RealDesktopFixture>
{
    [Fact]
    public async Task Upload_file_copies_host_files_into_the_guest()
    {
        var environment = desktop.Require();
        var folder = Unique("uploads");
        var text = $"héllo from {folder}\n";
        var binary = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray();
        Directory.CreateDirectory(Path.Combine(desktop.TaskFolder, folder));
        await File.WriteAllTextAsync(Path.Combine(desktop.TaskFolder, folder, "note.txt"), text, Token);
        var binaryPath = Path.Combine(desktop.Root, folder + ".bin");
        await File.WriteAllBytesAsync(binaryPath, binary, Token);
        var absoluteTarget = Path.Combine(environment.HomeDirectory, folder, "data.bin");

        // A relative local_path resolves against the task file's folder; "~/" is the guest's HOME; parents are created.
        await RunAsync(desktop.NewContext(), Step("upload_file", $$"""
            {"files": [
              {"local_path": "{{folder}}/note.txt", "path": "~/{{folder}}/deep/er/note.txt"},
              {"local_path": "{{binaryPath}}", "path": "{{absoluteTarget}}"}
            ]}
            """));

        Assert.Equal(text, await ReadGuestTextAsync(environment.Guest, $"~/{folder}/deep/er/note.txt"));
        Assert.Equal(binary, await environment.Guest.DownloadFileAsync(absoluteTarget, Token));
        var listed = await environment.Guest.ExecuteAsync(CommandRequest.FromShell($"cat ~/{folder}/deep/er/note.txt"), Token);
        Assert.Equal(text, listed.Output);
    }

    [Fact]
    public async Task Upload_file_of_a_missing_local_file_fails_the_step()
    {
        desktop.Require();
        var name = Unique("absent");

        var error = await Assert.ThrowsAsync<SetupStepException>(() => RunAsync(desktop.NewContext(),
            Step("upload_file", $$"""{"files": [{"local_path": "{{name}}.txt", "path": "~/{{name}}.txt"}]}""")));

        Assert.Equal("upload_file", error.StepType);
        Assert.IsType<FileNotFoundException>(error.InnerException);
    }

    [Fact]
    public async Task Download_takes_the_urls_from_the_asset_cache_into_the_guest()
    {
        var environment = desktop.Require();
        var tag = Unique("download");
        var indexedUrl = $"https://assets.deskbench.invalid/{tag}/report.txt";
        var hashedUrl = $"https://assets.deskbench.invalid/{tag}/notes%20v2.txt?raw=1";
        var indexedFile = Path.Combine(tag, "report.txt");
        Directory.CreateDirectory(Path.Combine(desktop.AssetsFolder, tag));
        await File.WriteAllTextAsync(Path.Combine(desktop.AssetsFolder, indexedFile), $"indexed {tag}\n", Token);
        await File.WriteAllTextAsync(Path.Combine(desktop.AssetsFolder, FolderAssetCache.GetCacheFileName(hashedUrl)), $"hashed {tag}\n", Token);
        await WriteIndexAsync(indexedUrl, indexedFile);

        await RunAsync(desktop.NewContext(), Step("download", $$"""
            {"files": [
              {"url": "{{indexedUrl}}", "path": "~/{{tag}}/report.txt"},
              {"url": "{{hashedUrl}}", "path": "{{Path.Combine(environment.HomeDirectory, tag, "notes v2.txt")}}"}
            ]}
            """));

        Assert.Equal($"indexed {tag}\n", await ReadGuestTextAsync(environment.Guest, $"~/{tag}/report.txt"));
        Assert.Equal($"hashed {tag}\n", await ReadGuestTextAsync(environment.Guest, $"~/{tag}/notes v2.txt"));
    }

    [Fact]
    public async Task Download_of_an_asset_that_is_not_cached_fails_with_AssetNotCachedException()
    {
        var environment = desktop.Require();
        var tag = Unique("uncached");
        var url = $"https://assets.deskbench.invalid/{tag}/missing.xlsx";

        var error = await Assert.ThrowsAsync<SetupStepException>(() => RunAsync(desktop.NewContext(),
            Step("sleep", """{"seconds": 0}"""),
            Step("download", $$"""{"files": [{"url": "{{url}}", "path": "~/{{tag}}/missing.xlsx"}]}"""),
            Step("execute", $$"""{"command": ["touch", "~/{{tag}}-after"]}""")));

        Assert.Equal((1, "download"), (error.StepIndex, error.StepType));
        var notCached = Assert.IsType<AssetNotCachedException>(error.InnerException);
        Assert.Equal(url, notCached.Url);
        Assert.Null(await environment.Guest.DownloadFileAsync($"~/{tag}/missing.xlsx", Token));
        Assert.Null(await environment.Guest.DownloadFileAsync($"~/{tag}-after", Token));
    }

    /// <summary>Adds <paramref name="url"/> → <paramref name="relativePath"/> to the asset folder's index.json.</summary>
    private async Task WriteIndexAsync(string url, string relativePath)
    {
        var indexPath = Path.Combine(desktop.AssetsFolder, FolderAssetCache.IndexFileName);
        var index = File.Exists(indexPath) ? JsonNode.Parse(await File.ReadAllTextAsync(indexPath, Token))!.AsObject() : [];
        index[url] = relativePath;
        await File.WriteAllTextAsync(indexPath, index.ToJsonString(), Token);
    }
}
