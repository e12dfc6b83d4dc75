using System.Text.Json.Nodes;
using Deskbench.Core.Tasks;
using Deskbench.Tasks.Validation;

namespace Deskbench.Tasks.Loading;

/// <summary>Validates one parsed task file and builds its <see cref="TaskSpec"/> when it has no problems.</summary>
internal static class TaskFileLoader
{
    public static (TaskSpec? Task, IReadOnlyList<TaskProblem> Problems) Load(JsonFile file, string domain, string? idOverride)
    {
        if (file.Problem is { } readProblem)
        {
            return (null, [readProblem]);
        }

        var problems = new ProblemCollector(file.Path);
        TaskDocumentValidator.Validate(file.Document, problems);
        if (problems.HasProblems)
        {
            return (null, problems.Problems);
        }

        var task = TaskSpecReader.Read((JsonObject)file.Document!, domain, file.Path, file.ContentHash, idOverride);
        return (task, []);
    }

    /// <summary>
    /// Whether a JSON document found while scanning a folder is meant as a task: an object with an <c>instruction</c> or an
    /// <c>evaluator</c> (index files, package manifests and other JSON are skipped; a task missing one of its required keys is
    /// still picked up and reported).
    /// </summary>
    public static bool LooksLikeTask(JsonNode? document) =>
        document is JsonObject o && (o.ContainsKey("instruction") || o.ContainsKey("evaluator"));

    /// <summary>The domain of a file outside an index: the name of its folder ("default" when it has none).</summary>
    public static string DomainFromFolder(string filePath)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(filePath));
        return string.IsNullOrEmpty(folder) ? "default" : folder;
    }
}
