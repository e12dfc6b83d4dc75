using System.Diagnostics;
using System.Globalization;
using Deskbench.Cli.Output;
using Deskbench.Core.Actions;
using Deskbench.Core.Results;
using Deskbench.Harness.Episodes;
using Deskbench.Harness.Results;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Cli.Commands;

/// <summary>
/// <c>deskbench bench harness</c>: runs the example suite with the scripted agent on the local provider into a fresh
/// results folder at each --parallel level and prints wall time, tasks per minute and the harness overhead per task
/// (episode wall time minus the agent's own time) p50/p95 against the ≤ 3 s target of ARCHITECTURE.md.
/// </summary>
public sealed class HarnessBenchmark(HarnessBenchmarkSettings settings)
{
    /// <summary>ARCHITECTURE.md: harness overhead per task, excluding agent think time.</summary>
    public const double OverheadTargetSeconds = 3.0;

    private const string AgentName = "scripted";

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var tasks = settings.TasksPath ?? DefaultSuite();
        Console.Out.WriteLine($"deskbench: harness benchmark on {tasks} (agent '{AgentName}', provider 'local'), parallel levels {string.Join(", ", settings.ParallelLevels)}");
        var levels = new List<HarnessBenchmarkLevel>();
        var results = Path.Combine(Path.GetTempPath(), $"deskbench-bench-harness-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        try
        {
            foreach (var parallel in settings.ParallelLevels)
            {
                levels.Add(await MeasureAsync(tasks, results, parallel, cancellationToken).ConfigureAwait(false));
                Console.Out.WriteLine(Row(levels[^1]));
            }
        }
        finally
        {
            if (Directory.Exists(results))
            {
                Directory.Delete(results, recursive: true);
            }
        }

        Console.Out.WriteLine();
        Console.Out.WriteLine("parallel | tasks | scored | wall s | tasks/min | overhead p50 s | overhead p95 s");
        foreach (var level in levels)
        {
            Console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{level.Parallel,8} | {level.Tasks,5} | {level.Scored,6} | {level.WallSeconds,6:0.0} | {level.TasksPerMinute,9:0.0} | {level.OverheadP50,14:0.00} | {level.OverheadP95,14:0.00}"));
        }

        var worst = levels.Max(l => l.OverheadP50);
        Console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"target: harness overhead ≤ {OverheadTargetSeconds:0} s per task (p50) — {(worst <= OverheadTargetSeconds ? "met" : "NOT met")}"));
        return levels.All(l => l.Scored == l.Tasks) ? 0 : 1;
    }

    private async Task<HarnessBenchmarkLevel> MeasureAsync(string tasks, string results, int parallel, CancellationToken cancellationToken)
    {
        var model = $"bench-parallel-{parallel}";
        var run = new RunVerb(new RunSettings
        {
            TasksPath = tasks,
            AgentName = AgentName,
            ProviderName = "local",
            ResultsPath = results,
            Model = model,
            Parallel = parallel,
            Plain = true,
            Verbose = settings.Verbose,
        });
        var output = Console.Out;
        var clock = Stopwatch.StartNew();
        int exitCode;
        Console.SetOut(TextWriter.Null);
        try
        {
            exitCode = await run.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Console.SetOut(output);
        }

        var wall = clock.Elapsed.TotalSeconds;
        var store = new ResultStore(results, new RunKey(ActionSpaces.PyAutoGui, "screenshot", model), NullLogger<ResultStore>.Instance);
        var episodes = store.ReadAllResults();
        if (exitCode != 0 || episodes.Count == 0)
        {
            throw new CliException($"the benchmark run at --parallel {parallel} failed (exit code {exitCode}, {episodes.Count} result(s))", 1);
        }

        var overhead = episodes.Select(Overhead).ToList();
        return new HarnessBenchmarkLevel(
            parallel,
            episodes.Count,
            episodes.Count(e => e.Status == EpisodeStatus.Scored && e.Score == 1.0),
            episodes.Sum(e => e.Score ?? 0),
            wall,
            Percentiles.Of(overhead, 50),
            Percentiles.Of(overhead, 95));
    }

    /// <summary>Everything of an episode except the agent's own time (its reset and predict calls).</summary>
    private static double Overhead(EpisodeResult result) =>
        (result.FinishedAt - result.StartedAt).TotalSeconds - result.PhaseSeconds.GetValueOrDefault(EpisodePhase.Agent);

    private static string Row(HarnessBenchmarkLevel level) => string.Create(
        CultureInfo.InvariantCulture,
        $"  --parallel {level.Parallel}: {level.Tasks} task(s), {level.Scored} scored 1.0, {level.WallSeconds:0.0} s, overhead p50 {level.OverheadP50:0.00} s, p95 {level.OverheadP95:0.00} s");

    /// <summary>Tasks/examples/test_all.json of the repository above the working folder or the installed CLI.</summary>
    private static string DefaultSuite()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "Tasks", "examples", "test_all.json");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new CliException("the example suite (Tasks/examples/test_all.json) was not found above this folder; pass --tasks");
    }
}
