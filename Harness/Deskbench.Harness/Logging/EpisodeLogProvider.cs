using Microsoft.Extensions.Logging;

namespace Deskbench.Harness.Logging;

/// <summary>
/// Routes log events to the episode log of the flow that wrote them (<see cref="EpisodeLogScope.Current"/>); events
/// outside an episode go nowhere. Add it to the logger factory next to the console.
/// </summary>
[ProviderAlias("EpisodeLog")]
public sealed class EpisodeLogProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new EpisodeLogger(categoryName);

    public void Dispose()
    {
    }
}
