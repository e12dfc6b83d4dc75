using System.Globalization;
using System.Text.Json.Nodes;

namespace Deskbench.EndToEnd.Tests;

/// <summary>
/// Reads a results folder written by <c>deskbench run</c> (OSWorld layout: <c>&lt;root&gt;/pyautogui/screenshot/&lt;model&gt;/&lt;domain&gt;/&lt;task&gt;/</c>)
/// the way a resumed run or a result tool would, and checks that an interrupted run left nothing half-written.
/// </summary>
internal sealed class InterruptionResultsFolder(string root, string model)
{
    public string RunDirectory { get; } = Path.Combine(root, "pyautogui", "screenshot", model);

    /// <summary>run.json, parsed.</summary>
    public JsonObject ReadManifest() => JsonNode.Parse(File.ReadAllText(Path.Combine(RunDirectory, "run.json")))!.AsObject();

    /// <summary>
    /// Asserts every task folder is either finished — result.txt holds one float and result.json parses as the same scored
    /// result — or unfinished (no result.txt; a result.json there must still parse), and that no temporary file of an
    /// atomic write (<c>*.tmp</c>) is left anywhere. Returns task id → score of the finished tasks.
    /// </summary>
    public Dictionary<string, double> AssertConsistentAndReadScores()
    {
        Assert.True(Directory.Exists(RunDirectory), $"no run folder {RunDirectory}");
        var leftovers = Directory.EnumerateFiles(RunDirectory, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".tmp", StringComparison.Ordinal) || f.Contains(".tmp.", StringComparison.Ordinal))
            .ToList();
        Assert.True(leftovers.Count == 0, $"temporary files left behind: {string.Join(", ", leftovers)}");

        var scores = new Dictionary<string, double>();
        foreach (var taskDirectory in Directory.EnumerateDirectories(RunDirectory).SelectMany(Directory.EnumerateDirectories))
        {
            var taskId = Path.GetFileName(taskDirectory);
            var text = Path.Combine(taskDirectory, "result.txt");
            var json = Path.Combine(taskDirectory, "result.json");
            JsonObject? result = null;
            if (File.Exists(json))
            {
                var content = File.ReadAllText(json);
                try
                {
                    result = JsonNode.Parse(content)!.AsObject();
                }
                catch (System.Text.Json.JsonException e)
                {
                    Assert.Fail($"{json} does not parse ({e.Message}): {content}");
                }
            }

            if (!File.Exists(text))
            {
                continue;
            }

            var score = File.ReadAllText(text).Trim();
            Assert.True(double.TryParse(score, NumberStyles.Float, CultureInfo.InvariantCulture, out var value), $"{text} holds '{score}', not a float");
            Assert.True(result is not null, $"{taskDirectory} has result.txt but no result.json");
            Assert.Equal("scored", (string?)result["status"]);
            Assert.Equal(value, (double)result["score"]!);
            Assert.Equal(taskId, (string?)result["task_id"]);
            scores[taskId] = value;
        }

        return scores;
    }

    /// <summary>The task folders without result.txt (started but not finished).</summary>
    public IReadOnlyList<string> UnfinishedTaskIds() =>
        [.. Directory.EnumerateDirectories(RunDirectory).SelectMany(Directory.EnumerateDirectories)
            .Where(d => !File.Exists(Path.Combine(d, "result.txt")))
            .Select(Path.GetFileName)
            .OfType<string>()];
}
