using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Deskbench.Guest.Http;

/// <summary>The guest's logger factory: single-line console logs, all on stderr (stdout carries only the ready line).</summary>
public static class GuestLogging
{
    public static ILoggerFactory CreateFactory(LogLevel minimumLevel) =>
        LoggerFactory.Create(builder =>
        {
            builder.SetMinimumLevel(minimumLevel);
            builder.AddFilter("Microsoft", minimumLevel < LogLevel.Information ? minimumLevel : LogLevel.Warning);
            builder.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss.fff ";
            });
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        });
}
