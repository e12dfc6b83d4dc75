namespace Deskbench.Infra.Local;

/// <summary>The fields of <c>/proc/PID/stat</c> the provider uses. <see cref="StartTime"/> (clock ticks since boot) tells a reused pid apart.</summary>
internal readonly record struct ProcessStat(int Pid, char State, int ParentId, int GroupId, long StartTime)
{
    /// <summary>False for zombies and dead entries: nothing left to stop.</summary>
    public bool IsAlive => State is not ('Z' or 'X' or 'x');
}
