using System.Runtime.InteropServices;

namespace Deskbench.Guest.Session;

/// <summary>The few libc calls .NET has no API for: signalling a whole process group, probing a pid.</summary>
internal static partial class PosixNative
{
    public const int SigKill = 9;
    public const int SigTerm = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    /// <summary>Sends <paramref name="signal"/> to every process of the group led by <paramref name="groupId"/>.</summary>
    public static bool SignalProcessGroup(int groupId, int signal) => groupId > 1 && Kill(-groupId, signal) == 0;

    /// <summary>Sends <paramref name="signal"/> to one process.</summary>
    public static bool SignalProcess(int pid, int signal) => pid > 1 && Kill(pid, signal) == 0;

    /// <summary>True while the process group <paramref name="groupId"/> has at least one member.</summary>
    public static bool ProcessGroupExists(int groupId)
    {
        if (groupId <= 1)
        {
            return false;
        }

        const int EPERM = 1;
        return Kill(-groupId, 0) == 0 || Marshal.GetLastPInvokeError() == EPERM;
    }

    /// <summary>True while a process with this id exists (signal 0 probes without signalling; EPERM still means it exists).</summary>
    public static bool ProcessExists(int pid)
    {
        if (pid <= 0)
        {
            return false;
        }

        if (Kill(pid, 0) == 0)
        {
            return true;
        }

        const int EPERM = 1;
        return Marshal.GetLastPInvokeError() == EPERM;
    }
}
