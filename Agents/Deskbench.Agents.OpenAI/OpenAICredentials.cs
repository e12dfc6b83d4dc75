using System.Text.Json;

namespace Deskbench.Agents.OpenAI;

/// <summary>Finds the API key: the environment variable first, then the user credentials file. Never from the command line.</summary>
internal static class OpenAICredentials
{
    public const string FileKey = "openai_api_key";

    public static string DefaultCredentialsFile =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "deskbench", "credentials.json");

    public static string Resolve(OpenAIAgentSettings settings)
    {
        if (Environment.GetEnvironmentVariable(settings.ApiKeyVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        var file = settings.CredentialsFile ?? DefaultCredentialsFile;
        if (File.Exists(file))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(FileKey, out var key) && key.ValueKind == JsonValueKind.String && key.GetString() is { Length: > 0 } value)
            {
                return value;
            }
        }

        throw new InvalidOperationException(
            $"no OpenAI API key: set the environment variable {settings.ApiKeyVariable} or put {{\"{FileKey}\": \"…\"}} in {file}");
    }
}
