using Deskbench.Harness.Results;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Harness.Report;

/// <summary>Reads a task folder's traj.jsonl (OSWorld fields; <c>{"Error": …}</c> lines); unreadable lines are skipped.</summary>
public static class TrajectoryFileReader
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static IReadOnlyList<ReportStep> Read(string taskDirectory)
    {
        var path = Path.Combine(taskDirectory, ResultStore.TrajectoryFile);
        if (!File.Exists(path))
        {
            return [];
        }

        var steps = new List<ReportStep>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                if (JsonNode.Parse(line) is JsonObject entry)
                {
                    steps.Add(ToStep(entry, taskDirectory, steps.LastOrDefault()?.StepNum ?? 0));
                }
            }
            catch (JsonException)
            {
                // A torn last line of a killed run: the lines before it are still shown.
            }
        }

        return steps;
    }

    private static ReportStep ToStep(JsonObject entry, string taskDirectory, int previousStep)
    {
        if (entry["Error"] is { } error)
        {
            return new ReportStep(previousStep, null, null, null, null, false, null, Text(error));
        }

        var stepNum = entry["step_num"] is JsonValue n && n.TryGetValue<int>(out var number) ? number : previousStep + 1;
        var screenshot = Text(entry["screenshot_file"]);
        var screenshotPath = screenshot is null ? null : Path.Combine(taskDirectory, PathSegment.Sanitize(screenshot));
        return new ReportStep(
            stepNum,
            Text(entry["action_timestamp"]),
            Text(entry["action"]),
            Text(entry["response"]),
            entry["info"] is JsonObject { Count: > 0 } info ? info.ToJsonString(Indented) : null,
            entry["done"] is JsonValue d && d.TryGetValue<bool>(out var done) && done,
            screenshotPath is not null && File.Exists(screenshotPath) ? screenshotPath : null,
            null);
    }

    /// <summary>A string value as itself, any other value as indented JSON, null as null.</summary>
    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(Indented),
    };
}
