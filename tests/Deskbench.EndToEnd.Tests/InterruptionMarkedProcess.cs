namespace Deskbench.EndToEnd.Tests;

/// <summary>A live process found by <see cref="InterruptionProcessScan"/>: pid, short name (comm), parent pid and command line.</summary>
internal sealed record InterruptionMarkedProcess(int Pid, string Name, int ParentPid, string CommandLine)
{
    public override string ToString() => $"{Pid} ({Name}, parent {ParentPid}): {CommandLine}";
}
