using Deskbench.Testing;

namespace Deskbench.Guest.Tests.Session;

/// <summary>Signals and probes for processes the tests started (always by pid).</summary>
internal static class ProcessSignals
{
    public static async Task SendAsync(int pid, string signal)
    {
        var result = await Tool.RunAsync("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.True(result.Succeeded, $"kill -{signal} {pid}: {result.StandardError}");
    }

    /// <summary>True while the process exists and is not a zombie.</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var close = stat.LastIndexOf(')');
            return !(close > 0 && close + 2 < stat.Length && stat[close + 2] is 'Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Waits until <paramref name="pid"/> is gone; false if it is still there after <paramref name="timeout"/>.</summary>
    public static async Task<bool> WaitUntilGoneAsync(int pid, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (IsAlive(pid))
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return true;
    }

    /// <summary>The pid in an X lock file (<c>/tmp/.XN-lock</c>), or null.</summary>
    public static int? ReadLockPid(string lockFile) =>
        File.Exists(lockFile) && int.TryParse(File.ReadAllText(lockFile).Trim(), out var pid) ? pid : null;

    /// <summary>A display number with neither lock file nor socket, from a range the guest's automatic choice does not use.</summary>
    public static int FreeDisplayNumber()
    {
        var start = Random.Shared.Next(600, 900);
        for (var number = start; number < start + 500; number++)
        {
            if (!File.Exists($"/tmp/.X{number}-lock") && !File.Exists($"/tmp/.X11-unix/X{number}"))
            {
                return number;
            }
        }

        throw new InvalidOperationException("no free display number");
    }
}
