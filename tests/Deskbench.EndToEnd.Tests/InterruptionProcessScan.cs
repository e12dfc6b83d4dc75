using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Deskbench.EndToEnd.Tests;

/// <summary>
/// Finds the processes of one CLI run through /proc, independently of the code under test: the test starts the CLI with a
/// unique environment variable (<see cref="VariableName"/>), which every process the run starts inherits — the guest,
/// Xvfb, the D-Bus daemons, openbox and every app (the guest adds session variables but keeps the rest) — whatever group,
/// session or parent it ended up with. Zombies (already dead, not yet reaped) do not count.
/// </summary>
internal static class InterruptionProcessScan
{
    public const string VariableName = "DESKBENCH_E2E_RUN_MARKER";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Live processes whose environment holds <c><see cref="VariableName"/>=<paramref name="marker"/></c>.</summary>
    public static IReadOnlyList<InterruptionMarkedProcess> FindMarked(string marker)
    {
        var wanted = Encoding.UTF8.GetBytes($"{VariableName}={marker}");
        var found = new List<InterruptionMarkedProcess>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || pid == Environment.ProcessId
                || !HasVariable(pid, wanted)
                || ReadStat(pid) is not { } stat
                || stat.State == 'Z')
            {
                continue;
            }

            found.Add(new InterruptionMarkedProcess(pid, stat.Name, stat.ParentPid, ReadCommandLine(pid)));
        }

        return found;
    }

    /// <summary>Waits until no marked process is left; returns those still alive when <paramref name="limit"/> runs out.</summary>
    public static async Task<IReadOnlyList<InterruptionMarkedProcess>> WaitUntilNoneAsync(string marker, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var alive = FindMarked(marker);
            if (alive.Count == 0 || clock.Elapsed >= limit)
            {
                return alive;
            }

            await Task.Delay(PollInterval, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Waits until a marked process satisfies <paramref name="match"/>; null when none did within <paramref name="limit"/>.</summary>
    public static async Task<InterruptionMarkedProcess?> WaitForAsync(string marker, Func<InterruptionMarkedProcess, bool> match, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (FindMarked(marker).FirstOrDefault(match) is { } process)
            {
                return process;
            }

            await Task.Delay(PollInterval, TestContext.Current.CancellationToken);
        }

        return null;
    }

    /// <summary>Kills (SIGKILL) every marked process, so a failing test leaves nothing behind; the leak was already reported.</summary>
    public static void KillAll(string marker)
    {
        foreach (var process in FindMarked(marker))
        {
            try
            {
                using var handle = Process.GetProcessById(process.Pid);
                handle.Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Gone meanwhile.
            }
        }
    }

    private static bool HasVariable(int pid, byte[] wanted)
    {
        byte[] environment;
        try
        {
            environment = File.ReadAllBytes($"/proc/{pid}/environ");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        foreach (var range in environment.AsSpan().Split((byte)0))
        {
            if (environment.AsSpan()[range].SequenceEqual(wanted))
            {
                return true;
            }
        }

        return false;
    }

    private static (string Name, char State, int ParentPid)? ReadStat(int pid)
    {
        try
        {
            // "pid (comm) S ppid …": comm may hold spaces and parentheses.
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var open = text.IndexOf('(', StringComparison.Ordinal);
            var close = text.LastIndexOf(')');
            var fields = text[(close + 2)..].Split(' ');
            return (text[(open + 1)..close], fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static string ReadCommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
