namespace Deskbench.Harness.Export;

/// <summary>A run folder with its per-domain (ordered by name) and overall figures.</summary>
public sealed record RunStatistics(RunFolder Run, IReadOnlyList<DomainStatistics> Domains, DomainStatistics Overall)
{
    public const string OverallLabel = "overall";

    public static RunStatistics From(RunFolder run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var domains = run.Tasks
            .GroupBy(t => t.Domain, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => DomainStatistics.From(g.Key, g))
            .ToList();
        return new(run, domains, DomainStatistics.From(OverallLabel, run.Tasks));
    }
}
