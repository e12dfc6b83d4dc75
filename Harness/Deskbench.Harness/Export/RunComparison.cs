namespace Deskbench.Harness.Export;

/// <summary>Two runs side by side: the tasks that differ and the change in success per domain and overall.</summary>
public sealed record RunComparison(
    RunStatistics A,
    RunStatistics B,
    IReadOnlyList<TaskDifference> Tasks,
    IReadOnlyList<DomainSuccessChange> Domains,
    DomainSuccessChange Overall)
{
    public static RunComparison Compare(RunStatistics a, RunStatistics b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var tasksA = a.Run.Tasks.ToDictionary(t => (t.Domain, t.TaskId));
        var tasksB = b.Run.Tasks.ToDictionary(t => (t.Domain, t.TaskId));
        var differences = tasksA.Keys.Union(tasksB.Keys)
            .Select(k => new TaskDifference(k.Domain, k.TaskId, tasksA.GetValueOrDefault(k), tasksB.GetValueOrDefault(k)))
            .Where(d => d.A is null || d.B is null || TaskDifference.Differ(d.A, d.B))
            .OrderBy(d => d.Domain, StringComparer.Ordinal)
            .ThenBy(d => d.TaskId, StringComparer.Ordinal)
            .ToList();
        var domainsA = a.Domains.ToDictionary(d => d.Domain, StringComparer.Ordinal);
        var domainsB = b.Domains.ToDictionary(d => d.Domain, StringComparer.Ordinal);
        var domains = domainsA.Keys.Union(domainsB.Keys, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(d => new DomainSuccessChange(d, domainsA.GetValueOrDefault(d), domainsB.GetValueOrDefault(d)))
            .ToList();
        return new(a, b, differences, domains, new DomainSuccessChange(RunStatistics.OverallLabel, a.Overall, b.Overall));
    }
}
