using Deskbench.Core.Results;
using Deskbench.Core.Tasks;

namespace Deskbench.Harness.Runs;

/// <summary>Ignores every event.</summary>
public sealed class NullRunObserver : IRunObserver
{
    public static NullRunObserver Instance { get; } = new();

    public void EpisodeStarting(TaskSpec task, int attempt)
    {
    }

    public void EpisodeSkipped(TaskSpec task)
    {
    }

    public void EpisodeFinished(TaskSpec task, EpisodeResult result)
    {
    }
}
