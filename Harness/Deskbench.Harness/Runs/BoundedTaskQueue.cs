using Deskbench.Core.Agents;
using Deskbench.Core.Tasks;
using System.Threading.Channels;

namespace Deskbench.Harness.Runs;

/// <summary>
/// Feeds tasks through a bounded channel (capacity = workers) to one worker per agent; each worker runs one task at a
/// time with its own agent. After <c>stopTakingTasks</c> no worker takes a further task; <c>abort</c> cancels them.
/// </summary>
internal static class BoundedTaskQueue
{
    /// <summary>Runs the tasks; returns how many were run to the end.</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<TaskSpec> tasks,
        IReadOnlyList<IAgent> agents,
        Func<TaskSpec, IAgent, CancellationToken, Task> runTask,
        CancellationToken stopTakingTasks,
        CancellationToken abort)
    {
        var queue = Channel.CreateBounded<TaskSpec>(new BoundedChannelOptions(agents.Count) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        var completed = 0;
        using var producerStop = CancellationTokenSource.CreateLinkedTokenSource(stopTakingTasks, abort);
        var producer = ProduceAsync(tasks, queue.Writer, producerStop.Token);
        var workers = agents.Select(agent => Task.Run(
            async () =>
            {
                while (await queue.Reader.WaitToReadAsync(abort) && !stopTakingTasks.IsCancellationRequested)
                {
                    if (queue.Reader.TryRead(out var task) && !stopTakingTasks.IsCancellationRequested)
                    {
                        await runTask(task, agent, abort);
                        Interlocked.Increment(ref completed);
                    }
                }
            },
            CancellationToken.None)).ToList();
        try
        {
            await Task.WhenAll(workers);
        }
        finally
        {
            await producerStop.CancelAsync();
            await producer;
        }

        return completed;
    }

    private static async Task ProduceAsync(IReadOnlyList<TaskSpec> tasks, ChannelWriter<TaskSpec> writer, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var task in tasks)
            {
                await writer.WriteAsync(task, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the workers take no further task.
        }
        finally
        {
            writer.TryComplete();
        }
    }
}
