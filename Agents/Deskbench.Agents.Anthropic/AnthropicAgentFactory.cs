using Deskbench.Core.Agents;
using Microsoft.Extensions.Logging;

namespace Deskbench.Agents.Anthropic;

/// <summary>Creates the <c>anthropic-cu</c> agent for the CLI's agent catalog.</summary>
public static class AnthropicAgentFactory
{
    /// <summary>A new agent; throws <see cref="InvalidOperationException"/> when no API key is configured (environment or credentials file).</summary>
    public static IAgent Create(AnthropicAgentSettings settings, ILoggerFactory loggers, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(loggers);
        var caller = new AnthropicMessagesCaller(settings, AnthropicCredentials.Resolve(settings));
        return new AnthropicComputerUseAgent(settings, caller, loggers.CreateLogger<AnthropicComputerUseAgent>(), time ?? TimeProvider.System);
    }
}
