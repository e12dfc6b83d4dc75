namespace Deskbench.Harness.Logging;

/// <summary>
/// Which episode log the current asynchronous flow writes to. <see cref="Runs.BenchmarkRun"/> enters a scope around each
/// attempt; everything that attempt awaits (provider, setup, agent, evaluator) logs into it through
/// <see cref="EpisodeLogProvider"/>, while other workers' episodes go to their own files.
/// </summary>
public static class EpisodeLogScope
{
    private static readonly AsyncLocal<EpisodeLogSink?> CurrentSink = new();

    /// <summary>The sink of the episode running on this flow, or null outside episodes.</summary>
    public static EpisodeLogSink? Current => CurrentSink.Value;

    /// <summary>Makes <paramref name="sink"/> current until the returned scope is disposed.</summary>
    public static IDisposable Enter(EpisodeLogSink sink)
    {
        var previous = CurrentSink.Value;
        CurrentSink.Value = sink;
        return new Restore(previous);
    }

    private sealed class Restore(EpisodeLogSink? previous) : IDisposable
    {
        public void Dispose() => CurrentSink.Value = previous;
    }
}
