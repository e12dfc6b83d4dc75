using System.Text.Json.Nodes;
using Deskbench.Tasks.Validation;

namespace Deskbench.Tasks.Loading;

/// <summary>
/// Loads OSWorld-format tasks from a path that is (a) a single task file, (b) a folder tree (every <c>*.json</c> that looks
/// like a task; index files, other JSON and <c>*.solution.json</c> files are skipped) or (c) an index file
/// (<c>test_all.json</c> style). Never throws on bad input: unreadable, malformed or invalid files become problems.
/// </summary>
/// <remarks>
/// Domain: the index's domain key, otherwise the name of the file's folder. Id: the document's <c>id</c>, except through an
/// index, where the index entry (= the file name) is the id — as in OSWorld's and WAA's runners, which name results by it.
/// A task whose id was already loaded is reported as a duplicate and dropped.
/// </remarks>
public sealed class TaskLoader
{
    private const string SolutionSuffix = ".solution.json";

    public async Task<TaskLoadResult> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        var accumulator = new TaskLoadAccumulator();
        TaskSourceKind kind;
        if (Directory.Exists(fullPath))
        {
            kind = TaskSourceKind.Folder;
            await LoadFolderAsync(fullPath, accumulator, cancellationToken);
        }
        else if (File.Exists(fullPath))
        {
            kind = await LoadFileOrIndexAsync(fullPath, accumulator, cancellationToken);
        }
        else
        {
            kind = TaskSourceKind.None;
            accumulator.Problems.Add(new TaskProblem(fullPath, "$", "no such file or folder"));
        }

        return new TaskLoadResult(fullPath, kind, accumulator.Tasks, accumulator.Problems, accumulator.TaskFileCount);
    }

    private static async Task LoadFolderAsync(string folder, TaskLoadAccumulator accumulator, CancellationToken cancellationToken)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            MatchCasing = MatchCasing.CaseInsensitive,
        };
        var files = Directory.EnumerateFiles(folder, "*.json", options)
            .Where(f => !f.EndsWith(SolutionSuffix, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

        foreach (var file in files)
        {
            var json = await JsonFileReader.ReadAsync(file, cancellationToken);
            if (json.IsReadable && !TaskFileLoader.LooksLikeTask(json.Document))
            {
                continue;
            }

            accumulator.Add(json, TaskFileLoader.DomainFromFolder(file), idOverride: null);
        }
    }

    private static async Task<TaskSourceKind> LoadFileOrIndexAsync(string file, TaskLoadAccumulator accumulator, CancellationToken cancellationToken)
    {
        var json = await JsonFileReader.ReadAsync(file, cancellationToken);
        if (json.IsReadable && TaskIndex.IsIndex(json.Document))
        {
            await LoadIndexAsync(file, (JsonObject)json.Document!, accumulator, cancellationToken);
            return TaskSourceKind.Index;
        }

        accumulator.Add(json, TaskFileLoader.DomainFromFolder(file), idOverride: null);
        return TaskSourceKind.TaskFile;
    }

    private static async Task LoadIndexAsync(string indexPath, JsonObject index, TaskLoadAccumulator accumulator, CancellationToken cancellationToken)
    {
        foreach (var (domain, idsNode) in index)
        {
            var ids = (JsonArray)idsNode!;
            for (var i = 0; i < ids.Count; i++)
            {
                var entryPath = JsonDescriptions.Index(JsonDescriptions.Property("$", domain), i);
                if (!JsonDescriptions.IsString(ids[i]) || ids[i]!.GetValue<string>().Length == 0)
                {
                    accumulator.TaskFileCount++;
                    accumulator.Problems.Add(new TaskProblem(indexPath, entryPath, JsonDescriptions.Expected("a task id (non-empty string)", ids[i])));
                    continue;
                }

                var id = ids[i]!.GetValue<string>();
                var taskPath = Path.GetFullPath(TaskIndex.TaskFilePath(indexPath, domain, id));
                if (!File.Exists(taskPath))
                {
                    accumulator.TaskFileCount++;
                    accumulator.Problems.Add(new TaskProblem(indexPath, entryPath, $"expected a task file at {taskPath}, found none"));
                    continue;
                }

                accumulator.Add(await JsonFileReader.ReadAsync(taskPath, cancellationToken), domain, id);
            }
        }
    }
}
