using System.Text.Json;

namespace Deskbench.Evaluators.OmniAct.Predictions;

/// <summary>
/// Reads a predictions file as the official script takes it: a JSON list of script strings, or JSONL with one script
/// per line, aligned by index with the split. A JSONL line may also be an object holding the script under
/// "prediction", "script", "output" or "gpt_output".
/// </summary>
public static class OmniActPredictionsReader
{
    private static readonly string[] ScriptKeys = ["prediction", "script", "output", "gpt_output"];

    /// <summary>Reads the file and checks it has exactly <paramref name="expectedCount"/> entries (else a clear error, no partial score).</summary>
    public static async Task<IReadOnlyList<string>> ReadAsync(string path, int expectedCount, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new OmniActScoringException($"predictions file '{path}' does not exist.");
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        List<string> predictions;
        try
        {
            predictions = text.TrimStart().StartsWith('[') ? ReadList(text, path) : ReadLines(text, path);
        }
        catch (JsonException ex)
        {
            throw new OmniActScoringException($"predictions file '{path}' is not a JSON list or JSONL: {ex.Message}", ex);
        }

        if (predictions.Count != expectedCount)
        {
            throw new OmniActScoringException(
                $"predictions file '{path}' has {predictions.Count} entries but the split has {expectedCount} items; " +
                "predictions must be aligned by index, nothing was scored.");
        }

        return predictions;
    }

    private static List<string> ReadList(string text, string path)
    {
        using var document = JsonDocument.Parse(text);
        return [.. document.RootElement.EnumerateArray().Select((element, index) => ScriptOf(element, path, index + 1))];
    }

    private static List<string> ReadLines(string text, string path)
    {
        var lines = text.Split('\n');
        var predictions = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            using var document = JsonDocument.Parse(lines[i]);
            predictions.Add(ScriptOf(document.RootElement, path, i + 1));
        }

        return predictions;
    }

    private static string ScriptOf(JsonElement element, string path, int position)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return element.GetString()!;
        }

        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var key in ScriptKeys)
            {
                if (element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString()!;
                }
            }
        }

        throw new OmniActScoringException(
            $"predictions file '{path}', entry {position}: expected a script string or an object with one of {string.Join(", ", ScriptKeys)}.");
    }
}
