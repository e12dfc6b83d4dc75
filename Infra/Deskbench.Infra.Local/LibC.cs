using System.Runtime.InteropServices;

namespace Deskbench.Infra.Local;

/// <summary>The few libc calls the provider needs: signalling a process group.</summary>
internal static partial class LibC
{
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;

    /// <summary><c>kill(2)</c>: a negative <paramref name="pid"/> signals the whole process group -pid; signal 0 only probes.</summary>
    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);
}
