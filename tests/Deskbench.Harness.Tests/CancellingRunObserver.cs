using Deskbench.Core.Results;
using Deskbench.Core.Tasks;
using Deskbench.Harness.Runs;

namespace Deskbench.Harness.Tests;

/// <summary>Cancels a run as the task with id <paramref name="taskId"/> starts (inside its episode, before its desktop is up).</summary>
internal sealed class CancellingRunObserver(string taskId, CancellationTokenSource cancellation) : IRunObserver
{
    public void EpisodeStarting(TaskSpec task, int attempt)
    {
        if (task.Id == taskId)
        {
            cancellation.Cancel();
        }
    }

    public void EpisodeSkipped(TaskSpec task)
    {
    }

    public void EpisodeFinished(TaskSpec task, EpisodeResult result)
    {
    }
}
