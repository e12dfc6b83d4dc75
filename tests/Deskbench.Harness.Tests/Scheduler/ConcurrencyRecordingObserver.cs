using Deskbench.Core.Results;
using Deskbench.Core.Tasks;
using Deskbench.Harness.Runs;

namespace Deskbench.Harness.Tests.Scheduler;

/// <summary>Counts the episodes running at once (from the run's own start/finish events) and what was skipped.</summary>
internal sealed class ConcurrencyRecordingObserver : IRunObserver
{
    private readonly Lock _gate = new();
    private int _running;

    public int MaxRunning { get; private set; }

    public List<string> Skipped { get; } = [];

    public List<string> Finished { get; } = [];

    public void EpisodeStarting(TaskSpec task, int attempt)
    {
        lock (_gate)
        {
            if (attempt == 1)
            {
                _running++;
                MaxRunning = Math.Max(MaxRunning, _running);
            }
        }
    }

    public void EpisodeSkipped(TaskSpec task)
    {
        lock (_gate)
        {
            Skipped.Add(task.Id);
        }
    }

    public void EpisodeFinished(TaskSpec task, EpisodeResult result)
    {
        lock (_gate)
        {
            _running--;
            Finished.Add(task.Id);
        }
    }
}
