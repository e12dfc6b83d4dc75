using Deskbench.Core.Results;

namespace Deskbench.Harness.Summary;

/// <summary>
/// The results of one domain (or of the whole run): how many tasks have a result, how many were scored, the sum of
/// their scores, and the count per status. <see cref="SuccessRate"/> is OSWorld's: the mean score over scored tasks.
/// </summary>
public sealed record DomainSummary(string Domain, int Tasks, int Scored, double Success, IReadOnlyDictionary<EpisodeStatus, int> StatusCounts)
{
    /// <summary>Mean score of the scored tasks, in [0, 1]; 0 when none was scored.</summary>
    public double SuccessRate => Scored == 0 ? 0 : Success / Scored;

    /// <summary>Sum of scores over every task with a result (unscored ones count as 0), in [0, 1]; 0 when there is none.</summary>
    public double SuccessRateOverAll => Tasks == 0 ? 0 : Success / Tasks;

    public int CountOf(EpisodeStatus status) => StatusCounts.GetValueOrDefault(status);

    public static DomainSummary FromResults(string domain, IEnumerable<EpisodeResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        var scored = list.Where(r => r.Status == EpisodeStatus.Scored).ToList();
        var counts = Enum.GetValues<EpisodeStatus>().ToDictionary(s => s, s => list.Count(r => r.Status == s));
        return new(domain, list.Count, scored.Count, scored.Sum(r => r.Score ?? 0), counts);
    }
}
