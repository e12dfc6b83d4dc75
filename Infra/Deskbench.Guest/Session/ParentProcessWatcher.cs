namespace Deskbench.Guest.Session;

/// <summary>Completes when a given process (the guest's parent, e.g. the provider) no longer exists; polled every 500 ms.</summary>
public static class ParentProcessWatcher
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>Returns when process <paramref name="pid"/> is gone; throws <see cref="OperationCanceledException"/> when cancelled.</summary>
    public static async Task WaitForExitAsync(int pid, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        while (PosixNative.ProcessExists(pid) && !IsZombie(pid))
        {
            await Task.Delay(PollInterval, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A dead process its own parent has not reaped yet still exists for kill(2); /proc tells it is a zombie.</summary>
    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var close = stat.LastIndexOf(')');
            return close > 0 && close + 2 < stat.Length && stat[close + 2] == 'Z';
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
