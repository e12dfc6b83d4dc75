using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Agents;
using Deskbench.Core.Environments;
using Deskbench.Core.Tasks;
using Deskbench.Evaluators;
using Deskbench.Harness.Episodes;
using Deskbench.Harness.Results;
using Deskbench.Harness.Runs;
using Deskbench.Infra.Local;
using Deskbench.Tasks.Assets;
using Deskbench.Tasks.Setup;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Testing.Episodes;

/// <summary>
/// A real episode on a fresh Xvfb desktop: a task opens an xterm that writes the typed line to a file, the OSWorld evaluator
/// checks the file; run through the local provider, the real setup runner, the harness's translators and the result store.
/// </summary>
public sealed class TerminalEpisode : IDisposable
{
    public static readonly ScreenSize Screen = new(1280, 800);

    private readonly string _folder = Directory.CreateTempSubdirectory("deskbench-terminal-episode-").FullName;

    /// <summary>Null when this machine can run the desktop tier, else why not.</summary>
    public static string? MissingPrerequisite =>
        OperatingSystem.IsLinux() && File.Exists("/usr/bin/Xvfb") && File.Exists("/usr/bin/xterm")
            ? null
            : "desktop tier: needs Linux with Xvfb and xterm (apt-get install xvfb openbox xterm)";

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public async Task<TerminalEpisodeOutcome> RunAsync(IAgent agent, string taskId, string expected, CancellationToken cancellationToken)
    {
        var task = DesktopTaskFiles.TypeIntoTerminal(
            _folder, taskId, Path.Combine(_folder, "typed.txt"), expected, solutionJson: null, instruction: $"Type {expected} into the terminal and press enter.");
        var runner = new EpisodeRunner(
            new LocalDesktopProvider(new LocalProviderOptions { ScreenSize = Screen }, NullLoggerFactory.Instance, TimeProvider.System),
            SetupRunner.CreateDefault(new SetupRunnerOptions(), TimeProvider.System, NullLoggerFactory.Instance),
            new OsWorldTaskEvaluator(GetterRegistry.CreateDefault(), MetricRegistry.CreateDefault(), NullLogger<OsWorldTaskEvaluator>.Instance),
            new FolderAssetCache(Directory.CreateDirectory(Path.Combine(_folder, "assets")).FullName),
            ActionTranslatorRegistry.CreateDefault(Screen.Width, Screen.Height),
            new EpisodeRunnerOptions { MaxSteps = 5, ScreenSize = Screen, PauseAfterAction = TimeSpan.FromMilliseconds(300), WorkRoot = Path.Combine(_folder, "work") },
            TimeProvider.System,
            NullLogger<EpisodeRunner>.Instance);
        var store = new ResultStore(Path.Combine(_folder, "results"), new RunKey(agent.ActionSpace, "screenshot", agent.Name), NullLogger<ResultStore>.Instance);
        var run = new BenchmarkRun(runner, agent, store, new BenchmarkRunOptions { InfraRetries = 0 }, TimeProvider.System, NullLogger<BenchmarkRun>.Instance);
        var summary = await run.RunAsync([task], cancellationToken);

        var result = store.TryReadResult(task.Domain, task.Id) ?? throw new InvalidOperationException("the run stored no result");
        var trajectoryFile = Path.Combine(store.GetTaskDirectory(task.Domain, task.Id), "traj.jsonl");
        var trajectory = File.Exists(trajectoryFile) ? await File.ReadAllTextAsync(trajectoryFile, cancellationToken) : "";
        return new TerminalEpisodeOutcome(result, summary.Total.Success, trajectory);
    }
}
