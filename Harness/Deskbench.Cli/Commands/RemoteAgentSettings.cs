using Deskbench.Agents;
using Deskbench.Agents.Remote;
using Microsoft.Extensions.Logging;

namespace Deskbench.Cli.Commands;

/// <summary>The <c>--agent remote</c> options of <c>deskbench run</c>, checked and turned into a catalog entry.</summary>
internal static class RemoteAgentSettings
{
    public const string AgentName = "remote";

    /// <summary>The catalog plus the remote agent when the run asks for it; a <see cref="CliException"/> for unusable options.</summary>
    public static AgentCatalog AddTo(AgentCatalog catalog, RunSettings settings, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return AddTo(catalog, settings.AgentName, settings.AgentUrl, settings.AgentActionSpace, settings.AgentTimeoutSeconds, settings.AgentRetries, loggerFactory);
    }

    /// <summary>The same, from the option values themselves.</summary>
    public static AgentCatalog AddTo(
        AgentCatalog catalog, string agentName, string? agentUrl, string actionSpace, double timeoutSeconds, int retries, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(agentName);
        var settings = new { AgentName = agentName, AgentUrl = agentUrl, AgentActionSpace = actionSpace, AgentTimeoutSeconds = timeoutSeconds, AgentRetries = retries };
        var remote = string.Equals(settings.AgentName.Trim(), AgentName, StringComparison.OrdinalIgnoreCase);
        if (!remote)
        {
            return catalog;
        }

        if (string.IsNullOrWhiteSpace(settings.AgentUrl))
        {
            throw new CliException("--agent remote needs --agent-url: the agent server's base URL, e.g. http://127.0.0.1:8700/");
        }

        if (!Uri.TryCreate(settings.AgentUrl.EndsWith('/') ? settings.AgentUrl : settings.AgentUrl + "/", UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new CliException($"--agent-url '{settings.AgentUrl}': expected an absolute http:// or https:// URL");
        }

        if (settings.AgentTimeoutSeconds is <= 0 or > 86400 || double.IsNaN(settings.AgentTimeoutSeconds))
        {
            throw new CliException($"--agent-timeout {settings.AgentTimeoutSeconds}: expected a positive number of seconds (at most a day)");
        }

        if (settings.AgentRetries is < 0 or > 100)
        {
            throw new CliException($"--agent-retries {settings.AgentRetries}: expected 0 to 100");
        }

        var spaces = Core.Actions.Translation.ActionTranslatorRegistry.CreateDefault().Spaces;
        if (!spaces.Contains(settings.AgentActionSpace))
        {
            throw new CliException(
                $"--agent-action-space '{settings.AgentActionSpace}': expected one of {string.Join(", ", spaces.Order(StringComparer.Ordinal))}");
        }

        var options = new RemoteAgentOptions
        {
            BaseUrl = url,
            ActionSpace = settings.AgentActionSpace,
            RequestTimeout = TimeSpan.FromSeconds(settings.AgentTimeoutSeconds),
            Retries = settings.AgentRetries,
        };
        return catalog.With(AgentName, () => new RemoteAgent(options, loggerFactory.CreateLogger<RemoteAgent>()));
    }
}
