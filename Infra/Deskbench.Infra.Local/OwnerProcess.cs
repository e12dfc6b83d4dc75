namespace Deskbench.Infra.Local;

/// <summary>
/// A process named in a scratch folder's owner file: its pid and its start time (clock ticks since boot, field 22 of
/// <c>/proc/PID/stat</c>), so a pid reused by another program is not mistaken for the owner.
/// </summary>
internal readonly record struct OwnerProcess(int Pid, long StartTime)
{
    private static readonly Lazy<OwnerProcess?> CurrentProcess = new(() => Of(Environment.ProcessId));

    /// <summary>This process (the harness), or null where /proc cannot tell its start time.</summary>
    public static OwnerProcess? Current => CurrentProcess.Value;

    /// <summary>True while the same process (same pid, same start time, not a zombie) runs.</summary>
    public bool IsRunning => ProcessGroup.ReadStat(Pid) is { IsAlive: true } stat && stat.StartTime == StartTime;

    /// <summary>The running process <paramref name="pid"/>, or null when it is gone.</summary>
    public static OwnerProcess? Of(int pid) =>
        ProcessGroup.ReadStat(pid) is { IsAlive: true } stat ? new OwnerProcess(pid, stat.StartTime) : null;
}
