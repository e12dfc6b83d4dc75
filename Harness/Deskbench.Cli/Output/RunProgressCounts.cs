using Deskbench.Core.Results;
using Deskbench.Core.Tasks;
using Deskbench.Harness.Runs;

namespace Deskbench.Cli.Output;

/// <summary>Thread-safe tallies of a run's events (done, running, success, infra errors) and an ETA from this run's pace.</summary>
public sealed class RunProgressCounts(int total, TimeProvider timeProvider) : IRunObserver
{
    private readonly Lock _gate = new();
    private readonly DateTimeOffset _startedAt = timeProvider.GetUtcNow();
    private readonly List<string> _running = [];
    private readonly List<string> _recent = [];
    private int _done;
    private int _ranThisRun;
    private int _scored;
    private double _success;
    private int _infraErrors;

    public int Total => total;

    /// <summary>A copy of the tallies as they are now.</summary>
    public RunProgressSnapshot Snapshot()
    {
        lock (_gate)
        {
            var elapsed = timeProvider.GetUtcNow() - _startedAt;
            TimeSpan? eta = _ranThisRun == 0 ? null : elapsed / _ranThisRun * (total - _done);
            return new RunProgressSnapshot(total, _done, [.. _running], _scored, _success, _infraErrors, elapsed, eta, [.. _recent]);
        }
    }

    public void EpisodeStarting(TaskSpec task, int attempt)
    {
        lock (_gate)
        {
            if (attempt == 1)
            {
                _running.Add($"{task.Domain}/{task.Id}");
            }
        }
    }

    public void EpisodeSkipped(TaskSpec task)
    {
        lock (_gate)
        {
            _done++;
        }
    }

    public void EpisodeFinished(TaskSpec task, EpisodeResult result)
    {
        lock (_gate)
        {
            _done++;
            _ranThisRun++;
            _running.Remove($"{task.Domain}/{task.Id}");
            if (result.Status == EpisodeStatus.Scored)
            {
                _scored++;
                _success += result.Score ?? 0;
            }
            else if (result.Status == EpisodeStatus.InfraError)
            {
                _infraErrors++;
            }

            _recent.Add(ConsoleRunObserver.Describe(task, result));
            if (_recent.Count > RecentLines)
            {
                _recent.RemoveAt(0);
            }
        }
    }

    private const int RecentLines = 5;
}
