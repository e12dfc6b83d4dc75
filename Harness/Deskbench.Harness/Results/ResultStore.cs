using Deskbench.Core.Results;
using Microsoft.Extensions.Logging;
using System.Globalization;
using System.Text.Json;

namespace Deskbench.Harness.Results;

/// <summary>
/// Results in OSWorld's layout: <c>&lt;root&gt;/&lt;action_space&gt;/&lt;observation_type&gt;/&lt;model&gt;/&lt;domain&gt;/&lt;task_id&gt;/</c>
/// holding <c>traj.jsonl</c>, <c>step_&lt;n&gt;_&lt;timestamp&gt;.png</c>, <c>result.json</c> and, for scored episodes
/// only, <c>result.txt</c>, written last: a folder with result.txt is finished, any other is redone on resume. The run
/// folder holds <c>run.json</c> and <c>args.json</c>. Every file is written atomically.
/// </summary>
public sealed class ResultStore
{
    public const string ResultTextFile = "result.txt";
    public const string ResultJsonFile = "result.json";
    public const string TrajectoryFile = "traj.jsonl";
    public const string RunManifestFile = "run.json";
    public const string ArgsFile = "args.json";

    private readonly ILogger<ResultStore> _logger;

    public ResultStore(string resultsRoot, RunKey key, ILogger<ResultStore> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resultsRoot);
        ArgumentNullException.ThrowIfNull(key);
        ResultsRoot = Path.GetFullPath(resultsRoot);
        Key = key;
        RunDirectory = Path.Combine(ResultsRoot, key.RelativePath);
        _logger = logger;
    }

    public string ResultsRoot { get; }

    public RunKey Key { get; }

    /// <summary><c>&lt;root&gt;/&lt;action_space&gt;/&lt;observation_type&gt;/&lt;model&gt;</c>.</summary>
    public string RunDirectory { get; }

    /// <summary>
    /// Creates the run folder and writes and deletes a probe file in it. Throws <see cref="ResultsFolderNotWritableException"/>
    /// naming the folder when either fails, so a run stops before any task rather than after the first one.
    /// </summary>
    public void EnsureWritable()
    {
        var probe = Path.Combine(RunDirectory, $".deskbench-write-probe-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(RunDirectory);
            File.WriteAllText(probe, "probe");
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ResultsFolderNotWritableException(RunDirectory, ex);
        }
    }

    public string GetTaskDirectory(string domain, string taskId) =>
        Path.Combine(RunDirectory, PathSegment.Sanitize(domain), PathSegment.Sanitize(taskId));

    /// <summary>True when the task's result.txt exists: the task is finished and a resumed run skips it.</summary>
    public bool IsFinished(string domain, string taskId) =>
        File.Exists(Path.Combine(GetTaskDirectory(domain, taskId), ResultTextFile));

    /// <summary>Wipes whatever an earlier attempt left in the task's folder and returns it empty.</summary>
    public TaskResultFolder PrepareTaskFolder(string domain, string taskId)
    {
        var directory = GetTaskDirectory(domain, taskId);
        if (Directory.Exists(directory))
        {
            _logger.LogInformation("Wiping unfinished results of {Domain}/{TaskId}", domain, taskId);
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        return new TaskResultFolder(directory, domain, taskId);
    }

    /// <summary>Writes result.json, then — only for a scored episode — result.txt ("1.0\n"), last.</summary>
    public async Task WriteResultAsync(TaskResultFolder folder, EpisodeResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(result);
        var json = JsonSerializer.SerializeToUtf8Bytes(result, ResultJson.Document);
        await AtomicFile.WriteAllBytesAsync(Path.Combine(folder.Path, ResultJsonFile), json, cancellationToken);
        if (result.Status == EpisodeStatus.Scored)
        {
            var score = result.Score ?? throw new ArgumentException("a scored result needs a score", nameof(result));
            await AtomicFile.WriteAllTextAsync(Path.Combine(folder.Path, ResultTextFile), PythonFloat.Format(score) + "\n", cancellationToken);
        }
    }

    public Task WriteManifestAsync(RunManifest manifest, CancellationToken cancellationToken) =>
        WriteRunFileAsync(RunManifestFile, JsonSerializer.SerializeToUtf8Bytes(manifest, ResultJson.Document), cancellationToken);

    public Task WriteOsWorldArgsAsync(OsWorldArgs args, CancellationToken cancellationToken) =>
        WriteRunFileAsync(ArgsFile, JsonSerializer.SerializeToUtf8Bytes(args, ResultJson.Document), cancellationToken);

    /// <summary>run.json of an earlier run in this folder, or null.</summary>
    public RunManifest? TryReadManifest()
    {
        var path = Path.Combine(RunDirectory, RunManifestFile);
        return File.Exists(path) ? JsonSerializer.Deserialize<RunManifest>(File.ReadAllBytes(path), ResultJson.Document) : null;
    }

    /// <summary>
    /// The recorded result of a task: result.json when present (a scored one only counts with its result.txt), else a
    /// scored result made from an OSWorld-only result.txt; null when the task has no result.
    /// </summary>
    public EpisodeResult? TryReadResult(string domain, string taskId)
    {
        var directory = GetTaskDirectory(domain, taskId);
        var textPath = Path.Combine(directory, ResultTextFile);
        var jsonPath = Path.Combine(directory, ResultJsonFile);
        var hasText = File.Exists(textPath);
        if (File.Exists(jsonPath))
        {
            try
            {
                var result = JsonSerializer.Deserialize<EpisodeResult>(File.ReadAllBytes(jsonPath), ResultJson.Document);
                if (result is not null && (result.Status != EpisodeStatus.Scored || hasText))
                {
                    return result;
                }
            }
            catch (JsonException ex)
            {
                _logger.LogWarning(ex, "Unreadable {File}", jsonPath);
            }
        }

        return hasText ? FromResultText(domain, taskId, textPath) : null;
    }

    /// <summary>Every task result under the run folder (OSWorld's show_result walk).</summary>
    public IReadOnlyList<EpisodeResult> ReadAllResults()
    {
        if (!Directory.Exists(RunDirectory))
        {
            return [];
        }

        var results = new List<EpisodeResult>();
        foreach (var domainDirectory in Directory.EnumerateDirectories(RunDirectory).Order(StringComparer.Ordinal))
        {
            foreach (var taskDirectory in Directory.EnumerateDirectories(domainDirectory).Order(StringComparer.Ordinal))
            {
                if (TryReadResult(Path.GetFileName(domainDirectory), Path.GetFileName(taskDirectory)) is { } result)
                {
                    results.Add(result);
                }
            }
        }

        return results;
    }

    private async Task WriteRunFileAsync(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(RunDirectory);
        await AtomicFile.WriteAllBytesAsync(Path.Combine(RunDirectory, fileName), content, cancellationToken);
    }

    private EpisodeResult? FromResultText(string domain, string taskId, string textPath)
    {
        var text = File.ReadAllText(textPath).Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
        {
            _logger.LogWarning("Unreadable score '{Text}' in {File}", text, textPath);
            return null;
        }

        var written = new DateTimeOffset(File.GetLastWriteTimeUtc(textPath), TimeSpan.Zero);
        return new EpisodeResult
        {
            TaskId = taskId,
            Domain = domain,
            Status = EpisodeStatus.Scored,
            Score = score,
            StartedAt = written,
            FinishedAt = written,
        };
    }
}
