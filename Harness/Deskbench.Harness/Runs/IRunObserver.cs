using Deskbench.Core.Results;
using Deskbench.Core.Tasks;

namespace Deskbench.Harness.Runs;

/// <summary>Progress hooks of a <see cref="BenchmarkRun"/> (a console display, telemetry); called from the run's workers.</summary>
public interface IRunObserver
{
    /// <summary>A task starts; <paramref name="attempt"/> is 1 for the first try, more for infra retries.</summary>
    void EpisodeStarting(TaskSpec task, int attempt);

    /// <summary>A task is skipped because an earlier attempt of this run folder finished it.</summary>
    void EpisodeSkipped(TaskSpec task);

    /// <summary>A task's result is stored.</summary>
    void EpisodeFinished(TaskSpec task, EpisodeResult result);
}
