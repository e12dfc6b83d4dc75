using Deskbench.Harness.Results;
using Microsoft.Extensions.Logging;
using System.Text.Json;

namespace Deskbench.Harness.Report;

/// <summary>
/// Reads one run folder: run.json, then every task the manifest lists and every task folder found on disk, each with
/// its recorded result (through <see cref="ResultStore"/>) and its task file's instruction.
/// </summary>
public sealed class ReportRunReader(ILoggerFactory loggerFactory)
{
    private readonly ILogger<ReportRunReader> _logger = loggerFactory.CreateLogger<ReportRunReader>();

    public ReportRun Read(string runDirectory)
    {
        var store = CreateStore(runDirectory);
        var manifest = ReadManifest(store.RunDirectory);
        var tasks = new Dictionary<(string Domain, string Id), ReportTask>();
        foreach (var listed in manifest?.Tasks ?? [])
        {
            var key = (PathSegment.Sanitize(listed.Domain), PathSegment.Sanitize(listed.Id));
            if (!tasks.ContainsKey(key))
            {
                tasks[key] = CreateTask(store, key.Item1, key.Item2, listed.Domain, listed.Id, listed.SourcePath);
            }
        }

        foreach (var domainDirectory in Directory.EnumerateDirectories(store.RunDirectory))
        {
            foreach (var taskDirectory in Directory.EnumerateDirectories(domainDirectory))
            {
                var key = (Path.GetFileName(domainDirectory), Path.GetFileName(taskDirectory));
                if (!tasks.ContainsKey(key) && HasResultFiles(taskDirectory))
                {
                    tasks[key] = CreateTask(store, key.Item1, key.Item2, key.Item1, key.Item2, sourcePath: null);
                }
            }
        }

        var ordered = tasks.Values
            .OrderBy(t => t.Domain, StringComparer.Ordinal)
            .ThenBy(t => t.TaskId, StringComparer.Ordinal)
            .ToList();
        return new ReportRun(store.Key.RelativePath.Replace(Path.DirectorySeparatorChar, '/'), store.RunDirectory, manifest, ordered);
    }

    private ResultStore CreateStore(string runDirectory)
    {
        var run = new DirectoryInfo(Path.GetFullPath(runDirectory));
        var observation = run.Parent;
        var actionSpace = observation?.Parent;
        var root = actionSpace?.Parent ?? throw new ReportInputException(
            $"run folder '{runDirectory}' is not inside <results>/<action_space>/<observation_type>/<model>");
        var key = new RunKey(actionSpace.Name, observation!.Name, run.Name);
        return new ResultStore(root.FullName, key, loggerFactory.CreateLogger<ResultStore>());
    }

    private RunManifest? ReadManifest(string runDirectory)
    {
        var path = Path.Combine(runDirectory, ResultStore.RunManifestFile);
        try
        {
            return JsonSerializer.Deserialize<RunManifest>(File.ReadAllBytes(path), ResultJson.Document);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Unreadable run manifest {File}; listing the task folders found instead", path);
            return null;
        }
    }

    private static ReportTask CreateTask(ResultStore store, string folderDomain, string folderId, string domain, string id, string? sourcePath)
    {
        var result = store.TryReadResult(folderDomain, folderId);
        var definition = TaskDefinitionReader.Read(sourcePath);
        return new ReportTask
        {
            Domain = result?.Domain ?? domain,
            TaskId = result?.TaskId ?? id,
            Directory = store.GetTaskDirectory(folderDomain, folderId),
            Result = result,
            Instruction = definition.Instruction,
            EvaluatorJson = definition.EvaluatorJson,
            SourcePath = sourcePath,
        };
    }

    private static bool HasResultFiles(string taskDirectory) =>
        File.Exists(Path.Combine(taskDirectory, ResultStore.ResultJsonFile)) ||
        File.Exists(Path.Combine(taskDirectory, ResultStore.ResultTextFile)) ||
        File.Exists(Path.Combine(taskDirectory, ResultStore.TrajectoryFile));
}
