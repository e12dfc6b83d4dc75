using Deskbench.Core.Environments;
using System.Text;

namespace Deskbench.Infra.Local.Tests;

/// <summary>Work folders, requests and /proc look-ups shared by the tests.</summary>
internal static class LocalTestSupport
{
    /// <summary>A fresh scratch folder under /tmp (short, so socket paths under it stay short).</summary>
    public static string NewWorkDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dbl-{Guid.NewGuid():N}"[..12]);
        Directory.CreateDirectory(path);
        return path;
    }

    public static EnvironmentRequest Request(string workDirectory, string taskId = "task") =>
        new("run-test", taskId, ScreenSize.Default, workDirectory);

    public static LocalDesktopProvider Provider(LocalProviderOptions? options = null) =>
        new(options ?? LocalProviderOptions.Default, TestOutputLog.Instance);

    /// <summary>Live (non-zombie) processes whose argv or environment names display <paramref name="display"/>.</summary>
    public static IReadOnlyList<string> ProcessesUsingDisplay(string display)
    {
        var found = new List<string>();
        foreach (var (pid, arguments) in LiveProcesses())
        {
            var environment = ReadNulSeparated($"/proc/{pid}/environ");
            if (arguments.Contains(display) || environment.Contains($"DISPLAY={display}"))
            {
                found.Add($"{pid}: {string.Join(' ', arguments)}");
            }
        }

        return found;
    }

    /// <summary>Live processes whose argv is exactly <paramref name="arguments"/>.</summary>
    public static IReadOnlyList<int> ProcessesWithArguments(params string[] arguments) =>
        [.. LiveProcesses().Where(p => p.Arguments.SequenceEqual(arguments)).Select(p => p.Pid)];

    public static IEnumerable<(int Pid, IReadOnlyList<string> Arguments)> LiveProcesses()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || ProcessGroup.ReadStat(pid) is not { IsAlive: true })
            {
                continue;
            }

            var arguments = ReadNulSeparated($"/proc/{pid}/cmdline");
            if (arguments.Count > 0)
            {
                yield return (pid, arguments);
            }
        }
    }

    /// <summary>Polls <paramref name="condition"/> every 20 ms up to <paramref name="limit"/>.</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> condition, TimeSpan limit)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!condition())
        {
            if (TimeProvider.System.GetElapsedTime(started) > limit)
            {
                return false;
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        return true;
    }

    private static List<string> ReadNulSeparated(string path)
    {
        try
        {
            return [.. Encoding.UTF8.GetString(File.ReadAllBytes(path)).Split('\0', StringSplitOptions.RemoveEmptyEntries)];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
