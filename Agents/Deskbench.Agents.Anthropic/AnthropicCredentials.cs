using Deskbench.Agents.Models;

namespace Deskbench.Agents.Anthropic;

/// <summary>The Anthropic API key, from the environment variable or the user credentials file (<see cref="ApiKeys"/>).</summary>
internal static class AnthropicCredentials
{
    public const string FileKey = "anthropic_api_key";

    public static string Resolve(AnthropicAgentSettings settings) =>
        ApiKeys.Resolve("Anthropic", settings.ApiKeyVariable, settings.CredentialsFile, FileKey);
}
