using Deskbench.Harness.Trajectory;
using System.Text;
using System.Text.Json.Nodes;

namespace Deskbench.Harness.Results;

/// <summary>
/// One task's results folder (<c>…/&lt;domain&gt;/&lt;task_id&gt;/</c>) being filled by a running episode: step
/// screenshots and traj.jsonl, each written atomically (traj.jsonl is rewritten whole after every line).
/// Used by one episode at a time.
/// </summary>
public sealed class TaskResultFolder : ITrajectoryRecorder
{
    private readonly List<string> _trajectoryLines = [];

    internal TaskResultFolder(string path, string domain, string taskId)
    {
        Path = path;
        Domain = domain;
        TaskId = taskId;
    }

    public string Path { get; }

    public string Domain { get; }

    public string TaskId { get; }

    public string TrajectoryPath => System.IO.Path.Combine(Path, ResultStore.TrajectoryFile);

    public async Task RecordActionAsync(TrajectoryEntry entry, ReadOnlyMemory<byte> screenshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await WriteFileAsync(entry.ScreenshotFile, screenshot, cancellationToken);
        await AppendTrajectoryLineAsync(entry.ToJson(), cancellationToken);
    }

    public Task RecordErrorAsync(string message, CancellationToken cancellationToken) =>
        AppendTrajectoryLineAsync(new JsonObject { ["Error"] = message }, cancellationToken);

    /// <summary>Writes an extra artifact (a recording, a log) into the folder, atomically.</summary>
    public Task WriteFileAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        AtomicFile.WriteAllBytesAsync(System.IO.Path.Combine(Path, PathSegment.Sanitize(fileName)), content, cancellationToken);

    private async Task AppendTrajectoryLineAsync(JsonObject line, CancellationToken cancellationToken)
    {
        _trajectoryLines.Add(line.ToJsonString(ResultJson.Line));
        var text = new StringBuilder();
        foreach (var written in _trajectoryLines)
        {
            text.Append(written).Append('\n');
        }

        await AtomicFile.WriteAllTextAsync(TrajectoryPath, text.ToString(), cancellationToken);
    }

    /// <summary>The lines of traj.jsonl as written so far, parsed.</summary>
    public IReadOnlyList<JsonNode?> ReadTrajectory() => File.Exists(TrajectoryPath)
        ? [.. File.ReadAllLines(TrajectoryPath).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l))]
        : [];
}
