using Deskbench.Core.Agents;
using Microsoft.Extensions.Logging;

namespace Deskbench.Agents.OpenAI;

/// <summary>Creates the <c>prompt</c> and <c>openai-cu</c> agents for the CLI's agent catalog.</summary>
public static class OpenAIAgentFactory
{
    /// <summary>The prompt agent (chat completions); throws <see cref="InvalidOperationException"/> when no API key is configured.</summary>
    public static IAgent CreatePrompt(OpenAIAgentSettings settings, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(loggers);
        var client = OpenAIClients.Create(settings, OpenAICredentials.Resolve(settings));
        return new PromptAgent(settings, client.GetChatClient(settings.Model), loggers.CreateLogger<PromptAgent>());
    }

    /// <summary>The computer-use agent (Responses API); throws <see cref="InvalidOperationException"/> when no API key is configured.</summary>
    public static IAgent CreateComputerUse(OpenAIAgentSettings settings, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(loggers);
        var caller = OpenAIResponsesCaller.Create(settings, OpenAICredentials.Resolve(settings));
        return new OpenAIComputerUseAgent(settings, caller, loggers.CreateLogger<OpenAIComputerUseAgent>());
    }
}
