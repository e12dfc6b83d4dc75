using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Harness.Report;

/// <summary>Reads a task file (OSWorld JSON) for the report; a missing or unreadable file gives <see cref="TaskDefinition.Empty"/>.</summary>
public static class TaskDefinitionReader
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static TaskDefinition Read(string? sourcePath)
    {
        if (string.IsNullOrWhiteSpace(sourcePath) || !File.Exists(sourcePath))
        {
            return TaskDefinition.Empty;
        }

        try
        {
            if (JsonNode.Parse(File.ReadAllText(sourcePath)) is not JsonObject task)
            {
                return TaskDefinition.Empty;
            }

            var instruction = task["instruction"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
            var evaluator = task["evaluator"]?.ToJsonString(Indented);
            return new TaskDefinition(instruction, evaluator);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return TaskDefinition.Empty;
        }
    }
}
