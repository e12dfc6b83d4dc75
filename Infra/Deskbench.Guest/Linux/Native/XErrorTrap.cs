using System.Runtime.InteropServices;

namespace Deskbench.Guest.Linux.Native;

/// <summary>
/// A process-wide X error handler that records errors instead of Xlib's default (which exits the process).
/// Errors surface on the thread that made the failing call (during its XSync), so the record is per thread.
/// </summary>
internal static unsafe class XErrorTrap
{
    private static readonly Lock InstallGate = new();
    private static bool installed;

    [ThreadStatic]
    private static XError? lastError;

    public static void EnsureInstalled()
    {
        lock (InstallGate)
        {
            if (installed)
            {
                return;
            }

            Xlib.XSetErrorHandler(&OnError);
            installed = true;
        }
    }

    /// <summary>Forgets any error recorded on this thread (call before a sequence whose errors matter).</summary>
    public static void Clear() => lastError = null;

    /// <summary>The first error recorded on this thread since <see cref="Clear"/>, and forgets it.</summary>
    public static XError? Take()
    {
        var error = lastError;
        lastError = null;
        return error;
    }

    [UnmanagedCallersOnly]
    private static int OnError(nint display, XErrorEvent* errorEvent)
    {
        lastError ??= new XError(errorEvent->ErrorCode, errorEvent->RequestCode, errorEvent->MinorCode, errorEvent->ResourceId);
        return 0;
    }
}
