using System.Runtime.InteropServices;

namespace Deskbench.Harness.Results;

/// <summary>The machine a run ran on, as recorded in run.json.</summary>
public sealed record MachineInfo(string Os, string Architecture, int Cores, string Framework, string HostName)
{
    public static MachineInfo Current() => new(
        RuntimeInformation.OSDescription,
        RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant(),
        Environment.ProcessorCount,
        RuntimeInformation.FrameworkDescription,
        Environment.MachineName);
}
