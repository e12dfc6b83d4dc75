namespace Deskbench.Tasks.Validation;

/// <summary>Collects the problems of one file.</summary>
internal sealed class ProblemCollector(string file)
{
    private readonly List<TaskProblem> _problems = [];

    public string File { get; } = file;

    public IReadOnlyList<TaskProblem> Problems => _problems;

    public bool HasProblems => _problems.Count > 0;

    public void Add(string jsonPath, string message) => _problems.Add(new TaskProblem(File, jsonPath, message));
}
