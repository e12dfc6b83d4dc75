using Deskbench.Tasks.Validation;

namespace Deskbench.Cli.Commands;

/// <summary>
/// What <c>deskbench suites coverage PATH</c> reports: per domain and in total, how many valid tasks have every setup step,
/// getter and metric implemented, and the missing features with the number of tasks each blocks (most first).
/// </summary>
public sealed record SuiteCoverage(
    string Path,
    IReadOnlyList<SuiteDomainCoverage> Domains,
    SuiteDomainCoverage Total,
    IReadOnlyList<UnsupportedFeatureUsage> Missing,
    int InvalidCount)
{
    /// <summary>Builds the coverage from a validation report made with the build's supported features.</summary>
    public static SuiteCoverage From(TaskValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var blocked = report.Unsupported.Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        var domains = report.ValidTasks
            .GroupBy(t => t.Domain, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SuiteDomainCoverage(g.Key, g.Count(), g.Count(t => !blocked.Contains(t.SourcePath))))
            .ToList();
        var total = new SuiteDomainCoverage("total", domains.Sum(d => d.TaskCount), domains.Sum(d => d.CoveredCount));
        var missing = report.UnsupportedFeatures
            .OrderByDescending(u => u.TaskCount)
            .ThenBy(u => u.Kind, StringComparer.Ordinal)
            .ThenBy(u => u.Name, StringComparer.Ordinal)
            .ToList();
        var invalidFiles = report.Invalid.Select(p => p.File).Distinct(StringComparer.Ordinal).Count();
        return new SuiteCoverage(report.Path, domains, total, missing, invalidFiles);
    }
}
