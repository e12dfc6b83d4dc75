using Deskbench.Core.Tasks;
using Deskbench.Tasks.Validation;

namespace Deskbench.Tasks.Loading;

/// <summary>
/// The outcome of loading a task path: the valid <see cref="Tasks"/> (in a stable order) and the <see cref="Problems"/> of
/// the files that are not. <see cref="TaskFileCount"/> counts every task file found, valid or not.
/// </summary>
public sealed record TaskLoadResult(
    string Path,
    TaskSourceKind SourceKind,
    IReadOnlyList<TaskSpec> Tasks,
    IReadOnlyList<TaskProblem> Problems,
    int TaskFileCount)
{
    public bool HasProblems => Problems.Count > 0;
}
