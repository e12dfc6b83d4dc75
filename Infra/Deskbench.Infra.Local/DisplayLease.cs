namespace Deskbench.Infra.Local;

/// <summary>An in-process reservation of one X display number; disposing releases it (once).</summary>
internal sealed class DisplayLease(DisplayReservations owner, int number) : IDisposable
{
    private int _released;

    public int Number { get; } = number;

    /// <summary>The DISPLAY value, e.g. <c>:90</c>.</summary>
    public string Display => $":{Number}";

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            owner.Release(Number);
        }
    }
}
