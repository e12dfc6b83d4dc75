using Deskbench.Core.Tasks;
using Deskbench.Tasks.Validation;

namespace Deskbench.Tasks.Loading;

/// <summary>Tasks and problems gathered so far, with the duplicate-id check.</summary>
internal sealed class TaskLoadAccumulator
{
    private readonly Dictionary<string, TaskSpec> _byId = new(StringComparer.Ordinal);

    public List<TaskSpec> Tasks { get; } = [];

    public List<TaskProblem> Problems { get; } = [];

    public int TaskFileCount { get; set; }

    public void Add(JsonFile json, string domain, string? idOverride)
    {
        TaskFileCount++;
        var (task, problems) = TaskFileLoader.Load(json, domain, idOverride);
        Problems.AddRange(problems);
        if (task is null)
        {
            return;
        }

        if (_byId.TryGetValue(task.Id, out var first))
        {
            Problems.Add(new TaskProblem(task.SourcePath, "$.id",
                $"expected a unique task id, got '{task.Id}' which {first.SourcePath} already uses"));
            return;
        }

        _byId.Add(task.Id, task);
        Tasks.Add(task);
    }
}
