namespace Deskbench.Cli.Commands;

/// <summary>One row of <c>deskbench suites coverage</c>: a domain (or "total"), its valid tasks and how many are fully covered.</summary>
public sealed record SuiteDomainCoverage(string Domain, int TaskCount, int CoveredCount)
{
    /// <summary>Covered share in percent, 0 when the domain has no tasks.</summary>
    public double Percent => TaskCount == 0 ? 0 : 100.0 * CoveredCount / TaskCount;
}
