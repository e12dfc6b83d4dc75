using Microsoft.Extensions.Logging;

namespace Deskbench.Infra.Local.Tests;

/// <summary>A logger (and its factory) writing to the current test's output; Debug lines only with DESKBENCH_TEST_DEBUG=1.</summary>
internal sealed class TestOutputLog : ILoggerFactory, ILogger
{
    private static readonly bool Verbose = Environment.GetEnvironmentVariable("DESKBENCH_TEST_DEBUG") == "1";

    public static TestOutputLog Instance { get; } = new();

    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= (Verbose ? LogLevel.Debug : LogLevel.Information);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        try
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"[{logLevel}] {formatter(state, exception)}{(exception is null ? "" : " " + exception.Message)}");
        }
        catch (InvalidOperationException)
        {
            // No test is running on this thread any more.
        }
    }

    public void Dispose()
    {
    }
}
