using Deskbench.Core.Tasks;

namespace Deskbench.Tasks.Validation;

/// <summary>
/// What <c>deskbench tasks validate PATH</c> prints. <see cref="Invalid"/>: problems that make a task file unusable
/// (malformed JSON, wrong types, inconsistent evaluator lists, duplicate ids, missing index entries).
/// <see cref="Unsupported"/>: valid tasks that name a setup step, getter or metric this build lacks ("unsupported: …").
/// </summary>
public sealed record TaskValidationReport(
    string Path,
    int TaskFileCount,
    IReadOnlyList<TaskSpec> ValidTasks,
    IReadOnlyList<TaskProblem> Invalid,
    IReadOnlyList<TaskProblem> Unsupported,
    IReadOnlyList<UnsupportedFeatureUsage> UnsupportedFeatures)
{
    /// <summary>True when no file is invalid (unsupported features do not count).</summary>
    public bool IsValid => Invalid.Count == 0;

    /// <summary>Valid tasks that name nothing unsupported.</summary>
    public int RunnableTaskCount => ValidTasks.Count - Unsupported.Select(p => p.File).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Valid tasks per domain, ordered by domain.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> TasksPerDomain =>
        [.. ValidTasks.GroupBy(t => t.Domain, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Count()))];
}
