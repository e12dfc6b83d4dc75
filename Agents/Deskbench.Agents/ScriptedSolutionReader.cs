using Deskbench.Core.Actions;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Agents;

/// <summary>
/// Reads a solution file: <c>{"action_space": "pyautogui"|"computer_13", "steps": [step, …]}</c>. A step is a
/// pyautogui code string, a computer_13 action object, a list of either (several actions in one step), or one of the
/// words DONE, FAIL, WAIT. Anything else throws <see cref="SolutionFileException"/> naming the file and the step.
/// </summary>
public static class ScriptedSolutionReader
{
    private static readonly string[] SpecialWords = ["DONE", "FAIL", "WAIT"];

    public static async Task<ScriptedSolution> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new SolutionFileException(path, "not found (the scripted agent replays <task file without .json>.solution.json)");
        }

        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SolutionFileException(path, $"cannot be read: {ex.Message}", ex);
        }

        return Parse(path, text);
    }

    public static ScriptedSolution Parse(string path, string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new SolutionFileException(path, $"invalid JSON: {ex.Message}", ex);
        }

        if (root is not JsonObject document)
        {
            throw new SolutionFileException(path, "must be a JSON object with \"action_space\" and \"steps\"");
        }

        var actionSpace = ReadActionSpace(path, document);
        if (document["steps"] is not JsonArray steps)
        {
            throw new SolutionFileException(path, "\"steps\" must be a list");
        }

        var parsed = steps.Select((step, index) => ParseStep(path, actionSpace, step, index)).ToList();
        return new ScriptedSolution(path, actionSpace, parsed);
    }

    private static string ReadActionSpace(string path, JsonObject document)
    {
        var value = document["action_space"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
        return value switch
        {
            ActionSpaces.PyAutoGui or ActionSpaces.Computer13 => value,
            null => throw new SolutionFileException(path, $"\"action_space\" is missing (use \"{ActionSpaces.PyAutoGui}\" or \"{ActionSpaces.Computer13}\")"),
            _ => throw new SolutionFileException(path, $"unknown action_space '{value}' (use \"{ActionSpaces.PyAutoGui}\" or \"{ActionSpaces.Computer13}\")"),
        };
    }

    private static List<AgentAction> ParseStep(string path, string actionSpace, JsonNode? step, int index) => step switch
    {
        JsonArray actions => [.. actions.Select(a => ParseAction(path, actionSpace, a, index))],
        _ => [ParseAction(path, actionSpace, step, index)],
    };

    private static AgentAction ParseAction(string path, string actionSpace, JsonNode? action, int stepIndex)
    {
        switch (action)
        {
            case JsonValue value when value.TryGetValue(out string? text) && !string.IsNullOrWhiteSpace(text):
                if (actionSpace == ActionSpaces.Computer13 && !SpecialWords.Contains(text.Trim(), StringComparer.Ordinal))
                {
                    throw Invalid(path, stepIndex, "a computer_13 step is an action object or DONE/FAIL/WAIT, not a string");
                }

                return AgentAction.FromCode(text);
            case JsonObject obj when actionSpace == ActionSpaces.Computer13:
                if (obj["action_type"] is not JsonValue type || !type.TryGetValue(out string? _))
                {
                    throw Invalid(path, stepIndex, "a computer_13 action needs a string \"action_type\"");
                }

                return new AgentAction(obj.DeepClone());
            case JsonObject:
                throw Invalid(path, stepIndex, "a pyautogui step is a code string or DONE/FAIL/WAIT, not an object");
            default:
                throw Invalid(path, stepIndex, $"unexpected {action?.GetValueKind().ToString() ?? "null"}");
        }
    }

    private static SolutionFileException Invalid(string path, int stepIndex, string problem) =>
        new(path, $"step {stepIndex + 1}: {problem}");
}
