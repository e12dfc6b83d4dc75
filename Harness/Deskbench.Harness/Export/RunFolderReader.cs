using Deskbench.Core.Agents;
using Deskbench.Core.Results;
using Deskbench.Harness.Results;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Harness.Export;

/// <summary>Finds and reads run folders: a path that is one run folder, or a results root holding several.</summary>
public static class RunFolderReader
{
    /// <summary>
    /// The run folders at <paramref name="path"/>: the folder itself when it holds run.json or task results, else every
    /// <c>&lt;action_space&gt;/&lt;observation_type&gt;/&lt;model&gt;</c> folder under it that does. Empty when there is none.
    /// </summary>
    public static IReadOnlyList<RunFolder> FindAll(string path, ILogger<ResultStore>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            return [];
        }

        if (IsRunFolder(full))
        {
            return [Read(full, logger)];
        }

        return Directory.EnumerateDirectories(full)
            .SelectMany(Directory.EnumerateDirectories)
            .SelectMany(Directory.EnumerateDirectories)
            .Where(IsRunFolder)
            .Order(StringComparer.Ordinal)
            .Select(d => Read(d, logger))
            .ToList();
    }

    /// <summary>True when the folder holds run.json or a <c>&lt;domain&gt;/&lt;task&gt;/result.{txt,json}</c>.</summary>
    public static bool IsRunFolder(string directory) =>
        File.Exists(Path.Combine(directory, ResultStore.RunManifestFile)) ||
        Directory.EnumerateDirectories(directory).SelectMany(Directory.EnumerateDirectories).Any(task =>
            File.Exists(Path.Combine(task, ResultStore.ResultTextFile)) || File.Exists(Path.Combine(task, ResultStore.ResultJsonFile)));

    /// <summary>Reads one run folder; its last three path segments name its action space, observation type and model.</summary>
    public static RunFolder Read(string runDirectory, ILogger<ResultStore>? logger = null)
    {
        var directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(runDirectory));
        var model = new DirectoryInfo(directory);
        var observation = model.Parent;
        var actionSpace = observation?.Parent;
        var root = actionSpace?.Parent?.FullName ?? directory;
        var key = new RunKey(actionSpace?.Name ?? "_", observation?.Name ?? "_", model.Name);
        var store = new ResultStore(root, key, logger ?? NullLogger<ResultStore>.Instance);
        var manifest = store.TryReadManifest();
        var rawManifest = ReadJsonObject(Path.Combine(directory, ResultStore.RunManifestFile));
        var results = store.ReadAllResults()
            .GroupBy(r => (r.Domain, r.TaskId))
            .ToDictionary(g => g.Key, g => g.First());
        var tasks = new Dictionary<(string Domain, string Id), TaskOutcome>();
        foreach (var task in manifest?.Tasks ?? [])
        {
            var result = results.GetValueOrDefault((task.Domain, task.Id));
            tasks[(task.Domain, task.Id)] = new TaskOutcome(task.Domain, task.Id, task.ContentHash, result, UsageOf(store, result));
        }

        foreach (var (id, result) in results.Where(r => !tasks.ContainsKey(r.Key)))
        {
            tasks[id] = new TaskOutcome(result.Domain, result.TaskId, null, result, UsageOf(store, result));
        }

        return new RunFolder
        {
            Directory = directory,
            Key = key,
            Manifest = manifest,
            ImageDigest = StringOf(rawManifest?["image_digest"])
                ?? (manifest?.Images is { Count: > 0 } images ? string.Join(", ", images) : null)
                ?? results.Values.Select(r => r.Image).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).FirstOrDefault(),
            Commit = StringOf(rawManifest?["commit"]) ?? CommitOf(manifest?.DeskbenchVersion),
            Tasks = [.. tasks.Values.OrderBy(t => t.Domain, StringComparer.Ordinal).ThenBy(t => t.TaskId, StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// The <c>usage</c> object of result.json when an agent reported one:
    /// <c>{"input_tokens": n, "output_tokens": n, "cost_usd": x}</c>.
    /// </summary>
    private static TokenUsage? UsageOf(ResultStore store, EpisodeResult? result)
    {
        if (result is null)
        {
            return null;
        }

        var json = ReadJsonObject(Path.Combine(store.GetTaskDirectory(result.Domain, result.TaskId), ResultStore.ResultJsonFile));
        if (json?["usage"] is not JsonObject usage)
        {
            return null;
        }

        return new TokenUsage(LongOf(usage["input_tokens"]), LongOf(usage["output_tokens"]), DecimalOf(usage["cost_usd"]));
    }

    private static JsonObject? ReadJsonObject(string path)
    {
        try
        {
            return File.Exists(path) ? JsonNode.Parse(File.ReadAllBytes(path)) as JsonObject : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The source commit a version string carries after '+' ("0.1.0+1c62b65…"), or null.</summary>
    private static string? CommitOf(string? version) =>
        version?.IndexOf('+', StringComparison.Ordinal) is int plus and >= 0 && plus < version.Length - 1 ? version[(plus + 1)..] : null;

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    private static long LongOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<double>(out var number) ? (long)number : 0;

    private static decimal? DecimalOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<decimal>(out var number) ? number : null;
}
