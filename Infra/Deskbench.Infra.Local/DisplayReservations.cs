namespace Deskbench.Infra.Local;

/// <summary>
/// Hands out X display numbers: skips numbers another X server holds (a <c>/tmp/.X N-lock</c> file or a
/// <c>/tmp/.X11-unix/X N</c> socket) and reserves them in-process, so parallel acquisitions never pick the same one.
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

    /// <summary>True when an X server's lock file or socket for <c>:number</c> exists.</summary>
    public static bool IsHeldBySomeXServer(int number) =>
        File.Exists($"/tmp/.X{number}-lock") || File.Exists($"/tmp/.X11-unix/X{number}");

    internal void Release(int number)
    {
        lock (_lock)
        {
            _reserved.Remove(number);
        }
    }
}
