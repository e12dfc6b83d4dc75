using System.Text.Json.Nodes;
using Deskbench.Core.Environments;
using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;
using Deskbench.Tasks.Assets;
using Deskbench.Tasks.Loading;

namespace Deskbench.Tasks.Tests.Support;

/// <summary>A temp folder, a loaded task, a local guest and the <see cref="SetupContext"/> tying them together.</summary>
internal sealed class SetupHarness : IAsyncDisposable
{
    private SetupHarness(TempFolder folder, TaskSpec task, LocalEnvironment environment, LocalGuestClient guest)
    {
        Folder = folder;
        Task = task;
        Guest = guest;
        Context = new SetupContext(task, environment, Path.Combine(folder.Path, "cache", task.Id), new FolderAssetCache(Path.Combine(folder.Path, "assets")));
    }

    public TempFolder Folder { get; }

    public TaskSpec Task { get; }

    public LocalGuestClient Guest { get; }

    public SetupContext Context { get; }

    public string AssetsFolder => Path.Combine(Folder.Path, "assets");

    public string CacheFolder => Context.CacheDirectory;

    public static async Task<SetupHarness> CreateAsync(
        bool proxy = false, ScreenSize? screen = null, bool startLaunchedProcesses = true)
    {
        var folder = new TempFolder();
        var document = JsonNode.Parse(TaskJson.Minimal("setup-task"))!.AsObject();
        document["proxy"] = proxy;
        var path = folder.Write("tasks/os/setup-task.json", document.ToJsonString());
        var loaded = await new TaskLoader().LoadAsync(path, CancellationToken.None);
        var guest = new LocalGuestClient { StartLaunchedProcesses = startLaunchedProcesses };
        return new SetupHarness(folder, Assert.Single(loaded.Tasks), new LocalEnvironment(guest, screen), guest);
    }

    public static SetupStep Step(string type, string parameters) => new(type, JsonNode.Parse(parameters)!.AsObject());

    public async ValueTask DisposeAsync()
    {
        await Guest.DisposeAsync();
        Folder.Dispose();
    }
}
