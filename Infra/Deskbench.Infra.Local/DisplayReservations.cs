namespace Deskbench.Infra.Local;

/// <summary>
/// Hands out X display numbers: skips numbers another X server holds (a <c>/tmp/.X N-lock</c> file naming a running
/// process, or a <c>/tmp/.X11-unix/X N</c> socket) and reserves them in-process, so parallel acquisitions never pick the same one.
/// Another process racing for the same number is caught later: its Xvfb fails and the provider tries the next number.
/// </summary>
internal sealed class DisplayReservations
{
    private readonly HashSet<int> _reserved = [];
    private readonly Lock _lock = new();

    /// <summary>The registry shared by every provider in this process.</summary>
    public static DisplayReservations Shared { get; } = new();

    /// <summary>Reserves the first free number in [<paramref name="start"/>, start + <paramref name="count"/>) not in <paramref name="skip"/>, or null.</summary>
    public DisplayLease? TryReserve(int start, int count, IReadOnlySet<int> skip)
    {
        lock (_lock)
        {
            for (var number = start; number < start + count; number++)
            {
                if (!_reserved.Contains(number) && !skip.Contains(number) && !IsHeldBySomeXServer(number))
                {
                    _reserved.Add(number);
                    return new DisplayLease(this, number);
                }
            }
        }

        return null;
    }

    public bool IsReserved(int number)
    {
        lock (_lock)
        {
            return _reserved.Contains(number);
        }
    }

    /// <summary>
    /// True when an X server holds <c>:number</c>: its lock file names a running process, or (no lock file) its socket
    /// exists. A lock file whose process is gone is stale, as the X server itself judges it: an X server started on that
    /// number removes the stale lock and socket and takes the display, so such numbers are free (a killed run's Xvfb
    /// leaves them behind, and skipping them for good would use up the range).
    /// </summary>
    public static bool IsHeldBySomeXServer(int number)
    {
        var lockFile = $"/tmp/.X{number}-lock";
        if (File.Exists(lockFile))
        {
            return !IsStale(lockFile);
        }

        return File.Exists($"/tmp/.X11-unix/X{number}");
    }

    /// <summary>A lock file (the X server's pid as text) whose process no longer exists; unreadable or odd contents count as held.</summary>
    private static bool IsStale(string lockFile)
    {
        try
        {
            return int.TryParse(File.ReadAllText(lockFile).Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)
                && pid > 0
                && !Directory.Exists($"/proc/{pid}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    internal void Release(int number)
    {
        lock (_lock)
        {
            _reserved.Remove(number);
        }
    }
}
