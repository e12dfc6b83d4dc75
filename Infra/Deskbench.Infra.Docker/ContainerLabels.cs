namespace Deskbench.Infra.Docker;

/// <summary>Labels on every container the provider starts: what it belongs to and which process owns it (for the reaper).</summary>
public static class ContainerLabels
{
    /// <summary>Present (value <c>true</c>) on every Deskbench desktop container.</summary>
    public const string Managed = "deskbench.managed";

    public const string RunId = "deskbench.run-id";

    public const string TaskId = "deskbench.task-id";

    /// <summary>The pid of the harness process that owns the container.</summary>
    public const string OwnerPid = "deskbench.owner-pid";

    /// <summary>The owner's start time (clock ticks since boot, /proc/PID/stat field 22), so a reused pid is not mistaken for it.</summary>
    public const string OwnerStart = "deskbench.owner-start";

    /// <summary>Value of <see cref="TaskId"/> on a container started ahead of demand by the warm pool.</summary>
    public const string WarmTaskId = "(warm-pool)";
}
