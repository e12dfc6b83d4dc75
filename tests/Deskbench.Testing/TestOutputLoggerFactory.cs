using Microsoft.Extensions.Logging;

namespace Deskbench.Testing;

/// <summary>Loggers writing Information and above to the current test's output (nothing when no test is running).</summary>
public sealed class TestOutputLoggerFactory : ILoggerFactory, ILogger
{
    public static TestOutputLoggerFactory Instance { get; } = new();

    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        try
        {
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"[{logLevel}] {formatter(state, exception)}{(exception is null ? string.Empty : " " + exception.Message)}");
        }
        catch (InvalidOperationException)
        {
            // The test this line belonged to has finished.
        }
    }

    public void Dispose()
    {
    }
}
