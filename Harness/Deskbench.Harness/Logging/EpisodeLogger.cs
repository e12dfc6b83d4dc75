using Microsoft.Extensions.Logging;

namespace Deskbench.Harness.Logging;

/// <summary>The logger <see cref="EpisodeLogProvider"/> hands out: writes to the current episode's sink, if any.</summary>
internal sealed class EpisodeLogger(string category) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && EpisodeLogScope.Current is not null;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (EpisodeLogScope.Current is not { } sink || logLevel == LogLevel.None)
        {
            return;
        }

        sink.Write(logLevel, category, eventId, formatter(state, exception), state as IReadOnlyList<KeyValuePair<string, object?>>, exception);
    }
}
