using System.Globalization;

namespace Deskbench.Infra.Local;

/// <summary>A Linux process group (led by a process started through <c>setsid</c>): signal it, list its live members.</summary>
internal static class ProcessGroup
{
    /// <summary>Sends <paramref name="signal"/> to every member of group <paramref name="groupId"/>; false when none exists.</summary>
    public static bool Signal(int groupId, int signal) => LibC.Kill(-groupId, signal) == 0;

    /// <summary>Process ids of group <paramref name="groupId"/> that are still running (zombies excluded), read from /proc.</summary>
    public static IReadOnlyList<int> LiveMembers(int groupId)
    {
        var members = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            if (ReadStat(pid) is { } stat && stat.GroupId == groupId && stat.State is not ('Z' or 'X'))
            {
                members.Add(pid);
            }
        }

        return members;
    }

    /// <summary>State letter, parent and group of a process from <c>/proc/PID/stat</c>, or null when it is gone.</summary>
    public static (char State, int ParentId, int GroupId)? ReadStat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // "pid (comm) S ppid pgrp …": comm may hold spaces and parentheses, so split after the last ')'.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Length > 2
            && int.TryParse(fields[1], CultureInfo.InvariantCulture, out var parent)
            && int.TryParse(fields[2], CultureInfo.InvariantCulture, out var group)
            ? (fields[0][0], parent, group)
            : null;
    }
}
