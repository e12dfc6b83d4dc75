using System.Collections.Concurrent;

namespace Deskbench.Guest.Session;

/// <summary>
/// Process groups whose leader the guest started and that may still have members after the leader ended — e.g. a command
/// that put a server in the background (<c>nohup … &amp;</c>). Stopping the set ends them all: SIGTERM, then SIGKILL.
/// </summary>
public sealed class ProcessGroupSet
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);
    private readonly ConcurrentDictionary<int, byte> _groups = new();

    public int Count => _groups.Count;

    /// <summary>Remembers <paramref name="groupId"/> if the group still has members; forgets groups that have emptied.</summary>
    public void Add(int groupId)
    {
        foreach (var known in _groups.Keys)
        {
            if (!PosixNative.ProcessGroupExists(known))
            {
                _groups.TryRemove(known, out _);
            }
        }

        if (PosixNative.ProcessGroupExists(groupId))
        {
            _groups[groupId] = 0;
        }
    }

    /// <summary>Signals every remembered group with SIGTERM, waits up to <paramref name="grace"/>, then SIGKILLs what is left.</summary>
    public async Task StopAllAsync(TimeSpan grace, TimeProvider timeProvider)
    {
        var groups = _groups.Keys.ToList();
        _groups.Clear();
        foreach (var group in groups)
        {
            _ = PosixNative.SignalProcessGroup(group, PosixNative.SigTerm);
        }

        var started = timeProvider.GetTimestamp();
        while (groups.Any(PosixNative.ProcessGroupExists) && timeProvider.GetElapsedTime(started) < grace)
        {
            await Task.Delay(PollInterval, timeProvider).ConfigureAwait(false);
        }

        foreach (var group in groups)
        {
            _ = PosixNative.SignalProcessGroup(group, PosixNative.SigKill);
        }
    }
}
