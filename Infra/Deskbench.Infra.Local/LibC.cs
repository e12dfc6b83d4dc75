using System.Runtime.InteropServices;

namespace Deskbench.Infra.Local;

/// <summary>The few libc calls the provider needs: signalling a process group, resolving a path's symlinks.</summary>
internal static partial class LibC
{
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;

    /// <summary><c>kill(2)</c>: a negative <paramref name="pid"/> signals the whole process group -pid; signal 0 only probes.</summary>
    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);

    /// <summary><c>realpath(3)</c>: the absolute path of an existing <paramref name="path"/> with every symlink resolved, or null.</summary>
    public static string? RealPath(string path)
    {
        var resolved = RealPathNative(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial IntPtr RealPathNative(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(IntPtr pointer);
}
