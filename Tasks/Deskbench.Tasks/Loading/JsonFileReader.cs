using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Deskbench.Tasks.Validation;

namespace Deskbench.Tasks.Loading;

/// <summary>Reads and parses a JSON file without throwing: I/O and syntax errors become a <see cref="TaskProblem"/>.</summary>
internal static class JsonFileReader
{
    private static readonly JsonDocumentOptions StrictOptions = new() { AllowDuplicateProperties = false };

    public static async Task<JsonFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new JsonFile(path, "", null, new TaskProblem(path, "$", $"cannot read the file: {ex.Message}"));
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        try
        {
            var json = bytes.AsSpan();
            if (json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                json = json[3..];
            }

            var document = JsonNode.Parse(json, documentOptions: StrictOptions);
            return new JsonFile(path, hash, document, null);
        }
        catch (JsonException ex)
        {
            return new JsonFile(path, hash, null, new TaskProblem(path, "$", $"malformed JSON: {ex.Message}"));
        }
    }
}
