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

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<nint, bool> BrokenDisplays = new();

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
            Xlib.XSetIOErrorHandler(&OnIOError);
            installed = true;
        }
    }

    /// <summary>
    /// Keeps a broken connection to <paramref name="display"/> from ending the process (Xlib's default on I/O errors is
    /// exit()); afterwards <see cref="IsBroken"/> reports it.
    /// </summary>
    public static void SurviveConnectionLoss(nint display)
    {
        try
        {
            Xlib.XSetIOErrorExitHandler(display, &OnConnectionLost, 0);
        }
        catch (EntryPointNotFoundException)
        {
            // libX11 older than 1.7: a lost connection still ends the process.
        }
    }

    public static bool IsBroken(nint display) => BrokenDisplays.ContainsKey(display);

    public static void Forget(nint display) => BrokenDisplays.TryRemove(display, out _);

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

    [UnmanagedCallersOnly]
    private static void OnConnectionLost(nint display, nint userData) => BrokenDisplays[display] = true;

    /// <summary>Replaces Xlib's default I/O error handler, which prints and exits; the exit handler decides what happens next.</summary>
    [UnmanagedCallersOnly]
    private static int OnIOError(nint display)
    {
        BrokenDisplays[display] = true;
        return 0;
    }
}
