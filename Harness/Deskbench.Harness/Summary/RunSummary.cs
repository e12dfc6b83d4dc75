using Deskbench.Core.Results;

namespace Deskbench.Harness.Summary;

/// <summary>Per-domain and overall results of a run (OSWorld's show_result, plus per-status counts).</summary>
public sealed record RunSummary(IReadOnlyList<DomainSummary> Domains, DomainSummary Total)
{
    public const string TotalLabel = "total";

    /// <summary>Groups by domain (ordered by name) and totals.</summary>
    public static RunSummary FromResults(IEnumerable<EpisodeResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        var domains = list
            .GroupBy(r => r.Domain, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => DomainSummary.FromResults(g.Key, g))
            .ToList();
        return new(domains, DomainSummary.FromResults(TotalLabel, list));
    }

    /// <summary>A plain-text table, one row per domain and a total row.</summary>
    public string ToTable() => RunSummaryTable.Render(this);
}
