using Deskbench.Core.Actions;
using Deskbench.Core.Evaluation;
using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;

namespace Deskbench.Evaluators.Tests.Support;

/// <summary>
/// Everything an evaluation needs, made of real parts on this machine: a home folder the local guest serves, a task cache
/// folder, and an asset cache.
/// </summary>
public sealed class EvaluatorTestBed : IDisposable
{
    private readonly TempDirectory root = new();

    public EvaluatorTestBed()
    {
        Directory.CreateDirectory(Home);
        Guest = new LocalGuestClient(Home);
        Assets = new DirectoryAssetCache(root.Combine("assets"));
    }

    public string Home => root.Combine("home");

    public string CacheDirectory => root.Combine("cache");

    public LocalGuestClient Guest { get; }

    public DirectoryAssetCache Assets { get; }

    /// <summary>Writes a file under the guest home and returns its full path.</summary>
    public string WriteGuestFile(string relativePath, string content) => root.Write(Path.Combine("home", relativePath), content);

    /// <summary>Writes a file in the task cache folder and returns its full path.</summary>
    public string WriteCacheFile(string relativePath, string content) => root.Write(Path.Combine("cache", relativePath), content);

    public GetterContext GetterContext(TaskSpec? task = null) =>
        new(task ?? TaskSpecs.FromEvaluator("""{"func": "exact_match"}"""), new LocalEnvironment(Guest), CacheDirectory, Assets);

    public Task<EvaluationResult> EvaluateAsync(
        TaskSpec task, IReadOnlyList<AgentAction>? actions = null, ISetupRunner? setupRunner = null, ITaskEvaluator? evaluator = null)
    {
        var setup = new SetupContext(task, new LocalEnvironment(Guest), CacheDirectory, Assets);
        var context = new EvaluationContext(setup, setupRunner ?? new NoStepsSetupRunner(), actions ?? [AgentAction.FromCode("DONE")]);
        return (evaluator ?? OsWorldTaskEvaluator.CreateDefault()).EvaluateAsync(context, TestContext.Current.CancellationToken);
    }

    public void Dispose() => root.Dispose();
}
