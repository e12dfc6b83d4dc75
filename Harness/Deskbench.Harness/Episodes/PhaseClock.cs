namespace Deskbench.Harness.Episodes;

/// <summary>Accumulates wall-clock seconds per <see cref="EpisodePhase"/> and remembers the phase running now.</summary>
internal sealed class PhaseClock(TimeProvider timeProvider)
{
    private readonly Dictionary<string, double> _seconds = EpisodePhase.All.ToDictionary(p => p, _ => 0.0, StringComparer.Ordinal);

    /// <summary>The phase entered last (the one an exception came from).</summary>
    public string Current { get; private set; } = EpisodePhase.Environment;

    public async Task<T> TimeAsync<T>(string phase, Func<Task<T>> action)
    {
        Current = phase;
        var start = timeProvider.GetTimestamp();
        try
        {
            return await action();
        }
        finally
        {
            Add(phase, start);
        }
    }

    public async Task TimeAsync(string phase, Func<Task> action)
    {
        Current = phase;
        var start = timeProvider.GetTimestamp();
        try
        {
            await action();
        }
        finally
        {
            Add(phase, start);
        }
    }

    /// <summary>The seconds per phase so far, rounded to the millisecond.</summary>
    public IReadOnlyDictionary<string, double> Snapshot() =>
        _seconds.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 3), StringComparer.Ordinal);

    private void Add(string phase, long start) =>
        _seconds[phase] = _seconds.GetValueOrDefault(phase) + timeProvider.GetElapsedTime(start).TotalSeconds;
}
