using System.Text.Json.Nodes;
using Deskbench.Core.Environments;
using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;
using Deskbench.Infra.Local;
using Deskbench.Tasks.Assets;
using Deskbench.Tasks.Loading;

namespace Deskbench.Evaluators.Tests.Desktop;

/// <summary>
/// One real desktop for the tests of a class: the local provider's fresh X session with the real guest, acquired once and
/// torn down after the last test; a scratch folder with a <see cref="FolderAssetCache"/> folder, task files loaded by the
/// real <see cref="TaskLoader"/>, and a fresh task cache folder per context.
/// </summary>
public sealed class GuestDesktopFixture : IAsyncLifetime
{
    private readonly Lock indexLock = new();
    private LocalDesktopEnvironment? environment;
    private TaskSpec? task;
    private int caches;

    public string Root { get; } = Directory.CreateTempSubdirectory("deskbench-eval-desktop-").FullName;

    /// <summary>The folder behind <see cref="Assets"/>: files by URL through <c>index.json</c>.</summary>
    public string AssetsFolder => Path.Combine(Root, "assets");

    public FolderAssetCache Assets => new(AssetsFolder);

    /// <summary>A plain task (its evaluator is not used by the getter tests).</summary>
    public TaskSpec Task => task ?? throw new InvalidOperationException("the desktop tier is not available here");

    /// <summary>The acquired desktop. Call <see cref="Require"/> first: it skips the test when the tier cannot run.</summary>
    public LocalDesktopEnvironment Environment => environment ?? throw new InvalidOperationException("the desktop was not acquired");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(AssetsFolder);
        if (!DesktopRequirements.AreMet)
        {
            return;
        }

        task = await LoadTaskAsync(new JsonObject
        {
            ["id"] = "getter-desktop-task",
            ["evaluator"] = JsonNode.Parse("""{"func": "infeasible"}"""),
        });
        var work = Directory.CreateDirectory(Path.Combine(Root, "work")).FullName;
        var provider = new LocalDesktopProvider(new LocalProviderOptions(), TestOutputLoggerFactory.Instance, TimeProvider.System);
        environment = (LocalDesktopEnvironment)await provider.AcquireAsync(
            new EnvironmentRequest("evaluator-desktop-tests", task.Id, ScreenSize.Default, work), TestContext.Current.CancellationToken);
    }

    /// <summary>Skips the calling test unless the desktop tier is available; returns the desktop.</summary>
    public LocalDesktopEnvironment Require()
    {
        DesktopRequirements.Require();
        return Environment;
    }

    /// <summary>A fresh, not yet created task cache folder.</summary>
    public string NewCacheDirectory() => Path.Combine(Root, $"cache-{Interlocked.Increment(ref caches)}");

    /// <summary>A getter context on the desktop with a fresh cache folder and the folder asset cache.</summary>
    public GetterContext NewGetterContext() => new(Task, Environment, NewCacheDirectory(), Assets);

    /// <summary>A setup context for <paramref name="forTask"/> on the desktop, with a fresh cache folder.</summary>
    public SetupContext NewSetupContext(TaskSpec forTask) => new(forTask, Environment, NewCacheDirectory(), Assets);

    /// <summary>
    /// Writes an OSWorld task file (<paramref name="document"/> completed with the keys every task has) under
    /// <c>tasks/os/</c> and loads it with the real <see cref="TaskLoader"/>.
    /// </summary>
    public async Task<TaskSpec> LoadTaskAsync(JsonObject document)
    {
        document["snapshot"] ??= "os";
        document["instruction"] ??= "Nothing: a desktop-tier evaluator test.";
        document["source"] ??= "deskbench tests";
        document["config"] ??= new JsonArray();
        document["related_apps"] ??= new JsonArray("os");
        var folder = Directory.CreateDirectory(Path.Combine(Root, "tasks", "os")).FullName;
        var path = Path.Combine(folder, document["id"]!.GetValue<string>() + ".json");
        await File.WriteAllTextAsync(path, document.ToJsonString());
        var loaded = await new TaskLoader().LoadAsync(path, TestContext.Current.CancellationToken);
        return loaded.Tasks.Count == 1
            ? loaded.Tasks[0]
            : throw new InvalidOperationException($"{path} did not load: " + string.Join("; ", loaded.Problems));
    }

    /// <summary>Writes an asset file and maps <paramref name="url"/> to it in the asset folder's <c>index.json</c>.</summary>
    public async Task AddAssetAsync(string url, string content)
    {
        var relative = Path.Combine("files", Guid.NewGuid().ToString("N") + ".txt");
        Directory.CreateDirectory(Path.Combine(AssetsFolder, "files"));
        await File.WriteAllTextAsync(Path.Combine(AssetsFolder, relative), content);
        var indexPath = Path.Combine(AssetsFolder, FolderAssetCache.IndexFileName);
        lock (indexLock)
        {
            var index = File.Exists(indexPath) ? JsonNode.Parse(File.ReadAllText(indexPath))!.AsObject() : [];
            index[url] = relative;
            File.WriteAllText(indexPath, index.ToJsonString());
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (environment is not null)
        {
            await environment.DisposeAsync();
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a scratch folder under /tmp.
        }
    }
}
