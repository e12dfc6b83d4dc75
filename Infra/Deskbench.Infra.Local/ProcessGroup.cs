using System.Globalization;

namespace Deskbench.Infra.Local;

/// <summary>Linux processes through /proc and kill(2): process groups (a process started through <c>setsid</c> leads one) and trees.</summary>
internal static class ProcessGroup
{
    /// <summary>Sends <paramref name="signal"/> to every member of group <paramref name="groupId"/>; false when none exists.</summary>
    public static bool Signal(int groupId, int signal) => groupId > 1 && LibC.Kill(-groupId, signal) == 0;

    /// <summary>Process ids of group <paramref name="groupId"/> that are still running (zombies excluded).</summary>
    public static IReadOnlyList<int> LiveMembers(int groupId) =>
        [.. AllProcesses().Where(p => p.GroupId == groupId && p.IsAlive).Select(p => p.Pid)];

    /// <summary>
    /// Every live descendant of <paramref name="rootPid"/> (children, grandchildren …), whatever group or session they moved
    /// to. Taken before stopping a tree: once a parent dies its children are re-parented and the link is lost.
    /// </summary>
    public static IReadOnlyList<ProcessStat> Descendants(int rootPid)
    {
        var byParent = AllProcesses().Where(p => p.IsAlive).ToLookup(p => p.ParentId);
        var found = new List<ProcessStat>();
        var pending = new Queue<int>([rootPid]);
        while (pending.TryDequeue(out var parent))
        {
            foreach (var child in byParent[parent])
            {
                found.Add(child);
                pending.Enqueue(child.Pid);
            }
        }

        return found;
    }

    /// <summary>Every live process whose environment holds <c><paramref name="variable"/>=<paramref name="value"/></c> (ours excluded).</summary>
    public static IReadOnlyList<ProcessStat> Marked(string variable, string value)
    {
        var entry = System.Text.Encoding.UTF8.GetBytes($"{variable}={value}\0");
        var found = new List<ProcessStat>();
        foreach (var process in AllProcesses())
        {
            if (process.Pid == Environment.ProcessId || !process.IsAlive)
            {
                continue;
            }

            try
            {
                var environ = File.ReadAllBytes($"/proc/{process.Pid}/environ");
                var at = environ.AsSpan().IndexOf(entry);
                if (at == 0 || (at > 0 && environ[at - 1] == 0))
                {
                    found.Add(process);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Gone, or another user's process: not one of ours.
            }
        }

        return found;
    }

    /// <summary>True when <paramref name="process"/> (same pid and start time, so not a reused pid) still runs.</summary>
    public static bool IsStillRunning(ProcessStat process) =>
        ReadStat(process.Pid) is { IsAlive: true } now && now.StartTime == process.StartTime;

    public static IEnumerable<ProcessStat> AllProcesses()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ReadStat(pid) is { } stat)
            {
                yield return stat;
            }
        }
    }

    /// <summary>A process's <c>/proc/PID/stat</c>, or null when it is gone.</summary>
    public static ProcessStat? ReadStat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // "pid (comm) S ppid pgrp session tty tpgid flags … starttime(22nd field)": comm may hold spaces and parentheses.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Length > 19
            && int.TryParse(fields[1], CultureInfo.InvariantCulture, out var parent)
            && int.TryParse(fields[2], CultureInfo.InvariantCulture, out var group)
            && long.TryParse(fields[19], CultureInfo.InvariantCulture, out var startTime)
            ? new ProcessStat(pid, fields[0][0], parent, group, startTime)
            : null;
    }
}
