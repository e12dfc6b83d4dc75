using System.Text.Json;

namespace Deskbench.Agents.Models;

/// <summary>Finds a model vendor's API key: the environment variable first, then the user credentials file. Never from the command line.</summary>
public static class ApiKeys
{
    public static string DefaultCredentialsFile =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "deskbench", "credentials.json");

    /// <summary>The key; <see cref="InvalidOperationException"/> naming both places when neither has it.</summary>
    /// <param name="vendor">The vendor's name, for the error ("OpenAI").</param>
    /// <param name="variable">The environment variable to read.</param>
    /// <param name="credentialsFile">The credentials file (null = <see cref="DefaultCredentialsFile"/>).</param>
    /// <param name="fileKey">The key's property in that file.</param>
    public static string Resolve(string vendor, string variable, string? credentialsFile, string fileKey)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        var file = credentialsFile ?? DefaultCredentialsFile;
        if (File.Exists(file))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(fileKey, out var key) && key.ValueKind == JsonValueKind.String && key.GetString() is { Length: > 0 } value)
            {
                return value;
            }
        }

        throw new InvalidOperationException($"no {vendor} API key: set the environment variable {variable} or put {{\"{fileKey}\": \"…\"}} in {file}");
    }
}
