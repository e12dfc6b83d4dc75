using System.Text.Json.Nodes;
using Deskbench.Core.Environments;
using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;
using Deskbench.Infra.Local;
using Deskbench.Tasks.Assets;
using Deskbench.Tasks.Loading;

namespace Deskbench.Tasks.Tests.Desktop;

/// <summary>
/// One real desktop for the tests of a class: the local provider's fresh X session (Xvfb + openbox + D-Bus) with the real
/// guest, acquired once (about a second) and torn down after the last test. Also a task loaded by the real
/// <see cref="TaskLoader"/> from a scratch folder, and a fresh task cache folder per <see cref="NewContext"/>.
/// </summary>
public sealed class RealDesktopFixture : IAsyncLifetime
{
    private LocalDesktopEnvironment? environment;
    private TaskSpec? task;
    private int contexts;

    /// <summary>The scratch folder: <c>tasks/os/&lt;id&gt;.json</c>, <c>assets/</c>, <c>cache-N/</c>, the provider's work folder.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("deskbench-setup-desktop-").FullName;

    /// <summary>The folder of the task file: relative <c>upload_file</c> local paths resolve against it.</summary>
    public string TaskFolder => Path.Combine(Root, "tasks", "os");

    /// <summary>The asset folder behind the <see cref="FolderAssetCache"/> of <see cref="NewContext"/>.</summary>
    public string AssetsFolder => Path.Combine(Root, "assets");

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

        task = await LoadTaskAsync();
        var work = Directory.CreateDirectory(Path.Combine(Root, "work")).FullName;
        var provider = new LocalDesktopProvider(new LocalProviderOptions(), TestOutputLoggerFactory.Instance, TimeProvider.System);
        environment = (LocalDesktopEnvironment)await provider.AcquireAsync(
            new EnvironmentRequest("setup-desktop-tests", task.Id, ScreenSize.Default, work), TestContext.Current.CancellationToken);
    }

    /// <summary>Skips the calling test unless the desktop tier and <paramref name="apps"/> are available; returns the desktop.</summary>
    public LocalDesktopEnvironment Require(params string[] apps)
    {
        DesktopRequirements.Require(apps);
        return Environment;
    }

    /// <summary>A setup context on the desktop with its own empty cache folder and the folder asset cache.</summary>
    public SetupContext NewContext()
    {
        var cache = Path.Combine(Root, $"cache-{Interlocked.Increment(ref contexts)}", Task.Id);
        return new SetupContext(Task, Environment, cache, new FolderAssetCache(AssetsFolder));
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

    private async Task<TaskSpec> LoadTaskAsync()
    {
        var document = new JsonObject
        {
            ["id"] = "setup-desktop-task",
            ["snapshot"] = "os",
            ["instruction"] = "Nothing: the desktop-tier setup tests only run steps.",
            ["source"] = "deskbench tests",
            ["config"] = new JsonArray(),
            ["related_apps"] = new JsonArray("os"),
            ["evaluator"] = JsonNode.Parse("""{"func": "infeasible"}"""),
        };
        var path = Path.Combine(Directory.CreateDirectory(TaskFolder).FullName, "setup-desktop-task.json");
        await File.WriteAllTextAsync(path, document.ToJsonString());
        var loaded = await new TaskLoader().LoadAsync(path, TestContext.Current.CancellationToken);
        return loaded.Tasks.Count == 1
            ? loaded.Tasks[0]
            : throw new InvalidOperationException("the test task did not load: " + string.Join("; ", loaded.Problems));
    }
}
