using Deskbench.Harness.Logging;
using Microsoft.Extensions.Logging;

namespace Deskbench.Cli.Composition;

/// <summary>
/// Logs go to stderr so stdout stays the command's output (warnings and errors, everything with --verbose); each
/// episode's events from Information up also go to its own <c>episode.log.jsonl</c>.
/// </summary>
public static class CliLogging
{
    public static ILoggerFactory Create(bool verbose) => LoggerFactory.Create(builder => builder
        .SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Warning)
        .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
        .AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        })
        .AddFilter("Microsoft", LogLevel.Warning)
        .AddFilter("System.Net.Http", LogLevel.Warning)
        .AddFilter("Polly", LogLevel.Warning)
        .AddProvider(new EpisodeLogProvider())
        .AddFilter<EpisodeLogProvider>(null, LogLevel.Information)
        .AddFilter<EpisodeLogProvider>("Microsoft", LogLevel.Warning)
        .AddFilter<EpisodeLogProvider>("System.Net.Http", LogLevel.Warning));
}
