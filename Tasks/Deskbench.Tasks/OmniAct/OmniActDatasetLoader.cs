using System.Globalization;
using System.Text.Json;

namespace Deskbench.Tasks.OmniAct;

/// <summary>
/// Loads one split of an OmniACT dataset root: <c>{split}.json</c> maps "0".."N-1" to relative paths of the task file,
/// screenshot, box file and optional OCR/DetACT side files. Items come back in index order.
/// </summary>
public static class OmniActDatasetLoader
{
    public static async Task<IReadOnlyList<OmniActTask>> LoadSplitAsync(string root, string split, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        ArgumentException.ThrowIfNullOrWhiteSpace(split);
        var splitPath = Path.GetFullPath(Path.Combine(root, split + ".json"));
        if (!File.Exists(splitPath))
        {
            throw new OmniActDatasetException($"split file '{splitPath}' does not exist (expected train.json, val.json or test.json in the dataset root).");
        }

        var json = await File.ReadAllTextAsync(splitPath, cancellationToken).ConfigureAwait(false);
        List<(string Index, Dictionary<string, string> Paths)> entries;
        try
        {
            entries = ReadEntries(json);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new OmniActDatasetException($"split file '{splitPath}' is not an object of index → {{task, image, box, …}}: {ex.Message}", ex);
        }

        var tasks = new List<OmniActTask>(entries.Count);
        foreach (var (index, paths) in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            tasks.Add(await LoadItemAsync(root, split, index, paths, cancellationToken).ConfigureAwait(false));
        }

        return tasks;
    }

    private static List<(string Index, Dictionary<string, string> Paths)> ReadEntries(string json)
    {
        using var document = JsonDocument.Parse(json);
        var entries = new List<(string, Dictionary<string, string>)>();
        foreach (var item in document.RootElement.EnumerateObject())
        {
            var paths = item.Value.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String)
                .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
            entries.Add((item.Name, paths));
        }

        return [.. entries.OrderBy(e => long.TryParse(e.Item1, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue)
            .ThenBy(e => e.Item1, StringComparer.Ordinal)];
    }

    private static async Task<OmniActTask> LoadItemAsync(
        string root, string split, string index, Dictionary<string, string> paths, CancellationToken cancellationToken)
    {
        var taskPath = Required(root, index, paths, "task", "task file");
        var screenshotPath = Required(root, index, paths, "image", "screenshot");
        var boxPath = Required(root, index, paths, "box", "box file");
        var taskText = await File.ReadAllTextAsync(taskPath, cancellationToken).ConfigureAwait(false);
        var taskFile = OmniActTaskFile.Parse(taskText, index, taskPath);
        var boxes = OmniActBoxFile.Parse(await File.ReadAllTextAsync(boxPath, cancellationToken).ConfigureAwait(false), index, boxPath);
        var (platform, app) = PlatformAndApp(paths["task"]);
        return new OmniActTask(
            index, split, platform, app, taskFile.Instruction, taskText, taskFile.GoldScript, taskPath, screenshotPath, boxPath, boxes,
            Optional(root, paths, "ocr"), Optional(root, paths, "color"), Optional(root, paths, "icon"));
    }

    private static string Required(string root, string index, Dictionary<string, string> paths, string key, string what)
    {
        if (!paths.TryGetValue(key, out var relative))
        {
            throw new OmniActDatasetException($"item {index}: the split entry has no \"{key}\" path ({what}).");
        }

        return OmniActPathResolver.Resolve(root, relative)
            ?? throw new OmniActDatasetException(
                $"item {index}: {what} '{relative}' not found (tried {string.Join(", ", OmniActPathResolver.Candidates(root, relative))}).");
    }

    private static string? Optional(string root, Dictionary<string, string> paths, string key) =>
        paths.TryGetValue(key, out var relative) ? OmniActPathResolver.Resolve(root, relative) : null;

    /// <summary><c>data/tasks/{desktop|web}/&lt;app&gt;/task_N.K.txt</c> → (platform, app).</summary>
    private static (string Platform, string App) PlatformAndApp(string taskRelative)
    {
        var parts = taskRelative.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(parts, p => p is "desktop" or "web");
        return at >= 0 && at + 1 < parts.Length - 1 ? (parts[at], parts[at + 1]) : ("unknown", parts.Length >= 2 ? parts[^2] : "unknown");
    }
}
