using System.Diagnostics;

namespace Deskbench.Infra.Local.Tests;

/// <summary>Marked and unmarked scratch folders for the sweeper tests, and the pid of a process that has ended.</summary>
internal static class ScratchFolders
{
    private static readonly Lazy<int> EndedPid = new(StartAndReapSleep);

    /// <summary>The pid of a <c>sleep 0</c> that ran and was reaped: nobody runs under it (until the pid is reused).</summary>
    public static int DeadPid => EndedPid.Value;

    /// <summary>A folder (parents created) with a file inside and an owner file naming <paramref name="owners"/>.</summary>
    public static string Marked(string path, params OwnerProcess[] owners) => Marked(path, ScratchOwner.Here(owners));

    public static string Marked(string path, ScratchOwner owner)
    {
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "content.txt"), "scratch");
        ScratchOwnerFile.Write(path, owner);
        return path;
    }

    /// <summary>An owner file naming a process that has ended.</summary>
    public static OwnerProcess Dead => new(DeadPid, 1);

    /// <summary>This test process, with its real start time.</summary>
    public static OwnerProcess Alive => OwnerProcess.Current ?? throw new InvalidOperationException("/proc/self/stat is unreadable");

    private static int StartAndReapSleep()
    {
        using var sleep = Process.Start(new ProcessStartInfo("sleep", "0") { UseShellExecute = false })!;
        sleep.WaitForExit();
        var pid = sleep.Id;
        Assert.Null(ProcessGroup.ReadStat(pid));
        return pid;
    }
}
