using System.Globalization;

namespace Deskbench.Guest.Session;

/// <summary>
/// The live members of a process group, read from /proc. Zombies (dead, not yet reaped — a re-parented child of a parent
/// that never reaps) do not count, although <c>kill(-pgid, 0)</c> still finds them.
/// </summary>
internal static class ProcessGroupMembers
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>True while a process of group <paramref name="groupId"/> is running (false where there is no /proc).</summary>
    public static bool AnyAlive(int groupId)
    {
        if (groupId <= 1 || !Directory.Exists("/proc"))
        {
            return false;
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && IsAliveMemberOf(pid, groupId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Waits until group <paramref name="groupId"/> has no live member, for at most <paramref name="limit"/>.</summary>
    public static async Task WaitUntilEmptyAsync(int groupId, TimeSpan limit, TimeProvider timeProvider)
    {
        var started = timeProvider.GetTimestamp();
        while (AnyAlive(groupId) && timeProvider.GetElapsedTime(started) < limit)
        {
            await Task.Delay(PollInterval, timeProvider).ConfigureAwait(false);
        }
    }

    private static bool IsAliveMemberOf(int pid, int groupId)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        // "pid (comm) S ppid pgrp …": comm may hold spaces and parentheses, so fields are counted after the last ')'.
        var close = stat.LastIndexOf(')');
        if (close < 0 || close + 2 >= stat.Length)
        {
            return false;
        }

        var fields = stat[(close + 2)..].Split(' ', 4);
        return fields.Length >= 3
            && fields[0] is not ("Z" or "X")
            && int.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var group)
            && group == groupId;
    }
}
