using System.Runtime.InteropServices;

namespace Deskbench.Guest.Linux.Native;

/// <summary>System V shared memory from libc, for MIT-SHM segments.</summary>
internal static unsafe partial class LibC
{
    private const string Library = "libc";

    public const int IpcPrivate = 0;
    public const int IpcCreat = 0x200;
    public const int IpcRmid = 0;

    [LibraryImport(Library, SetLastError = true)]
    public static partial int shmget(int key, nuint size, int flags);

    [LibraryImport(Library, SetLastError = true)]
    public static partial void* shmat(int shmid, void* address, int flags);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int shmdt(void* address);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int shmctl(int shmid, int command, void* buffer);
}
