using System.Globalization;

namespace Deskbench.Infra.Docker;

/// <summary>A process named by pid and start time (Linux <c>/proc/PID/stat</c>), so that a reused pid is not taken for it.</summary>
public sealed record OwnerProcessIdentity(int Pid, string StartTime)
{
    /// <summary>This process.</summary>
    public static OwnerProcessIdentity Current { get; } = new(Environment.ProcessId, ReadStartTime(Environment.ProcessId) ?? string.Empty);

    /// <summary>Whether the process still runs (same pid and, when recorded, the same start time).</summary>
    public bool IsAlive()
    {
        var start = ReadStartTime(Pid);
        return start is not null && (StartTime.Length == 0 || string.Equals(start, StartTime, StringComparison.Ordinal));
    }

    /// <summary>Field 22 of <c>/proc/PID/stat</c>, or null when the process does not exist.</summary>
    public static string? ReadStartTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            // The command name (field 2) is in parentheses and may hold spaces; fields after it are space-separated.
            var afterName = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return afterName.Length > 19 ? afterName[19] : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
