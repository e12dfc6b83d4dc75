namespace Deskbench.Harness.Export;

/// <summary>One domain's (or the overall) figures in two runs; a side is null when that run has no task of the domain.</summary>
public sealed record DomainSuccessChange(string Domain, DomainStatistics? A, DomainStatistics? B)
{
    /// <summary>B's success rate over all tasks minus A's, or null when a side is missing.</summary>
    public double? Change => A is null || B is null ? null : B.SuccessRate - A.SuccessRate;

    /// <summary>The same over finished (scored) tasks only.</summary>
    public double? FinishedChange => A is null || B is null ? null : B.FinishedSuccessRate - A.FinishedSuccessRate;
}
