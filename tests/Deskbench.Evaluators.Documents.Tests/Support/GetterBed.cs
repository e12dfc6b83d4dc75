using System.Text.Json.Nodes;
using Deskbench.Core.Tasks;

namespace Deskbench.Evaluators.Documents.Tests.Support;

/// <summary>A guest home folder, a task cache folder and a getter context over them, in a fresh temporary folder.</summary>
public sealed class GetterBed : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("deskbench-docgetters-").FullName;

    public GetterBed()
    {
        Directory.CreateDirectory(Home);
        Guest = new FolderGuestClient(Home);
    }

    public string Home => Path.Combine(root, "home");

    public string CacheDirectory => Path.Combine(root, "cache");

    public FolderGuestClient Guest { get; }

    /// <summary>The host path of a guest path under <c>/home/user/</c>, its folder created.</summary>
    public string GuestFile(string guestPath)
    {
        var local = Guest.Local(guestPath);
        Directory.CreateDirectory(Path.GetDirectoryName(local)!);
        return local;
    }

    public Task<JsonNode?> GetAsync(IGetter getter, string specJson)
    {
        var task = new TaskSpec
        {
            Id = "getter-test",
            Domain = "default",
            Instruction = "test",
            Evaluator = new EvaluatorSpec { Funcs = ["exact_match"] },
            SourcePath = "<inline>",
            ContentHash = "test",
            Raw = [],
        };
        var context = new GetterContext(task, new FolderEnvironment(Guest), CacheDirectory, new NoAssetCache(Path.Combine(root, "assets")));
        return getter.GetAsync(context, JsonNode.Parse(specJson)!.AsObject(), TestContext.Current.CancellationToken);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
