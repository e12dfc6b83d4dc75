using Deskbench.Core.Tasks;
using Deskbench.Tasks.Loading;

namespace Deskbench.Tasks.Validation;

/// <summary>
/// Loads a task path and checks it: structure (through <see cref="TaskLoader"/>) and, given the build's
/// <see cref="SupportedFeatures"/>, support. Backs <c>deskbench tasks validate PATH</c>.
/// </summary>
public sealed class TaskValidator(TaskLoader loader)
{
    public TaskValidator() : this(new TaskLoader())
    {
    }

    /// <param name="path">A task file, a folder tree or an index file.</param>
    /// <param name="supported">What this build implements; null checks structure only.</param>
    /// <param name="cancellationToken">Cancels the file reads.</param>
    public async Task<TaskValidationReport> ValidateAsync(string path, SupportedFeatures? supported, CancellationToken cancellationToken)
    {
        var loaded = await loader.LoadAsync(path, cancellationToken);
        var findings = supported is null
            ? []
            : loaded.Tasks.SelectMany(t => TaskSupportChecker.Find(t, supported)).ToList();

        return new TaskValidationReport(
            loaded.Path,
            loaded.TaskFileCount,
            loaded.Tasks,
            loaded.Problems,
            [.. findings.Select(f => f.Problem)],
            Summarize(findings));
    }

    private static List<UnsupportedFeatureUsage> Summarize(IEnumerable<UnsupportedFinding> findings) =>
        [.. findings
            .GroupBy(f => (f.Kind, f.Name))
            .Select(g => new UnsupportedFeatureUsage(g.Key.Kind, g.Key.Name, g.Select(f => f.Problem.File).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(u => u.TaskCount)
            .ThenBy(u => u.Kind, StringComparer.Ordinal)
            .ThenBy(u => u.Name, StringComparer.Ordinal)];
}
