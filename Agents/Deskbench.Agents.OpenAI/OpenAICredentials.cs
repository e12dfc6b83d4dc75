using Deskbench.Agents.Models;

namespace Deskbench.Agents.OpenAI;

/// <summary>The OpenAI API key, from the environment variable or the user credentials file (<see cref="ApiKeys"/>).</summary>
internal static class OpenAICredentials
{
    public const string FileKey = "openai_api_key";

    public static string Resolve(OpenAIAgentSettings settings) =>
        ApiKeys.Resolve("OpenAI", settings.ApiKeyVariable, settings.CredentialsFile, FileKey);
}
