using Deskbench.Agents;
using Deskbench.Agents.Anthropic;
using Deskbench.Agents.OpenAI;
using Deskbench.Core.Actions;
using Microsoft.Extensions.Logging;

namespace Deskbench.Cli.Commands;

/// <summary>
/// The built-in model agents of <c>deskbench run</c>: <c>prompt</c> (OpenAI-compatible chat completions in the style of
/// OSWorld's PromptAgent), <c>anthropic-cu</c> (Anthropic's computer-use tool) and <c>openai-cu</c> (OpenAI's computer-use
/// tool over the Responses API). <c>--agent-model</c> names the vendor model, <c>--agent-url</c> the API's base URL (for
/// Azure OpenAI, vLLM or any compatible server); keys come only from the environment or the user's credentials file.
/// </summary>
internal static class ModelAgentSettings
{
    private static readonly string[] LocalAgents = ["scripted", "noop", "fail"];

    public static AgentCatalog AddTo(AgentCatalog catalog, RunSettings settings, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(settings);
        var name = settings.AgentName.Trim();
        if (LocalAgents.Contains(name, StringComparer.OrdinalIgnoreCase) && settings.AgentUrl is not null)
        {
            throw new CliException($"--agent-url is for the remote and model agents (the agent is '{settings.AgentName}')");
        }

        if (settings.AgentUrl is { } url && !string.Equals(name, RemoteAgentSettings.AgentName, StringComparison.OrdinalIgnoreCase)
            && (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)))
        {
            throw new CliException($"--agent-url '{url}': expected an absolute http:// or https:// URL");
        }

        if (settings.AgentActionSpace is not (ActionSpaces.PyAutoGui or ActionSpaces.Computer13)
            && string.Equals(name, OpenAIAgentSettings.PromptAgentName, StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException($"--agent-action-space '{settings.AgentActionSpace}': the prompt agent writes pyautogui or computer_13");
        }

        var timeout = TimeSpan.FromSeconds(settings.AgentTimeoutSeconds);
        var openAi = new OpenAIAgentSettings { BaseUrl = settings.AgentUrl, RequestTimeout = timeout, MaxRetries = settings.AgentRetries, ActionSpace = settings.AgentActionSpace };
        var anthropic = new AnthropicAgentSettings { BaseUrl = settings.AgentUrl, RequestTimeout = timeout, MaxRetries = settings.AgentRetries };
        if (settings.AgentModel is { } model)
        {
            openAi = openAi with { Model = model };
            anthropic = anthropic with { Model = model };
        }

        var computerUse = settings.AgentModel is null ? openAi with { Model = "computer-use-preview" } : openAi;
        return catalog
            .With(OpenAIAgentSettings.PromptAgentName, () => Create(() => OpenAIAgentFactory.CreatePrompt(openAi, loggerFactory)))
            .With(OpenAIAgentSettings.ComputerUseAgentName, () => Create(() => OpenAIAgentFactory.CreateComputerUse(computerUse, loggerFactory)))
            .With(AnthropicAgentSettings.AgentName, () => Create(() => AnthropicAgentFactory.Create(anthropic, loggerFactory)));
    }

    /// <summary>A missing API key (or another configuration fault) is one clear error line, not a stack trace.</summary>
    private static Core.Agents.IAgent Create(Func<Core.Agents.IAgent> factory)
    {
        try
        {
            return factory();
        }
        catch (InvalidOperationException ex)
        {
            throw new CliException(ex.Message);
        }
    }
}
