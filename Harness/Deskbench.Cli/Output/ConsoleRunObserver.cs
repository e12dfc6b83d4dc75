using Deskbench.Core.Results;
using Deskbench.Core.Tasks;
using Deskbench.Harness.Runs;

namespace Deskbench.Cli.Output;

/// <summary>
/// Plain line-per-event progress: one line when a task ends (or is skipped), with its outcome. Workers call it concurrently:
/// counting and writing happen under one lock so the <c>[  n/total]</c> numbers come out in order.
/// </summary>
public sealed class ConsoleRunObserver(int total, TextWriter output) : IRunObserver
{
    private readonly Lock _gate = new();
    private int _done;

    public void EpisodeStarting(TaskSpec task, int attempt)
    {
        if (attempt > 1)
        {
            lock (_gate)
            {
                output.WriteLine($"         {task.Domain}/{task.Id}: retrying on a fresh desktop (attempt {attempt})");
            }
        }
    }

    public void EpisodeSkipped(TaskSpec task) => WriteCounted($"{task.Domain}/{task.Id}: already finished, skipped");

    public void EpisodeFinished(TaskSpec task, EpisodeResult result) => WriteCounted(Describe(task, result));

    private void WriteCounted(string line)
    {
        lock (_gate)
        {
            _done++;
            output.WriteLine($"[{_done,3}/{total}] {line}");
        }
    }

    /// <summary>"domain/id: outcome (steps, seconds)", as the plain output prints a finished task.</summary>
    public static string Describe(TaskSpec task, EpisodeResult result)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(result);
        var seconds = (result.FinishedAt - result.StartedAt).TotalSeconds;
        var outcome = result.Status == EpisodeStatus.Scored
            ? $"score {result.Score:0.###}"
            : $"{EpisodeStatusNames.Of(result.Status)}: {result.Error}";
        return $"{task.Domain}/{task.Id}: {outcome} ({result.Steps} step(s), {seconds:0.0} s)";
    }
}
