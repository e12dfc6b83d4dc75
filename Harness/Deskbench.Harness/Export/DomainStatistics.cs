namespace Deskbench.Harness.Export;

/// <summary>
/// The figures of one domain (or of the whole run) for export. <see cref="SuccessRate"/> is over every task of the suite,
/// an unfinished or failed task counting 0; <see cref="FinishedSuccessRate"/> is OSWorld's figure, over scored tasks only.
/// </summary>
public sealed record DomainStatistics
{
    public required string Domain { get; init; }
    /// <summary>Tasks of the suite in this domain.</summary>
    public required int Tasks { get; init; }
    /// <summary>Tasks with a score (result.txt): OSWorld's "finished".</summary>
    public required int Scored { get; init; }
    /// <summary>Sum of the scores.</summary>
    public required double Success { get; init; }
    public required double SuccessRate { get; init; }
    public required ConfidenceInterval SuccessInterval { get; init; }
    public required double FinishedSuccessRate { get; init; }
    public required ConfidenceInterval FinishedSuccessInterval { get; init; }
    /// <summary>Count per outcome class (<see cref="OutcomeNames.All"/>), zeros included.</summary>
    public required IReadOnlyDictionary<string, int> Outcomes { get; init; }
    /// <summary>Mean steps over tasks with a result; null when none has one.</summary>
    public double? AverageSteps { get; init; }
    /// <summary>Sum and mean of finished_at − started_at over tasks with a result.</summary>
    public double WallSecondsTotal { get; init; }
    public double? WallSecondsMean { get; init; }
    /// <summary>Token totals over tasks that recorded usage; null when none did.</summary>
    public long? InputTokens { get; init; }
    public long? OutputTokens { get; init; }
    /// <summary>Cost total over tasks that recorded a cost; null when none did.</summary>
    public decimal? CostUsd { get; init; }

    public int CountOf(string outcome) => Outcomes.GetValueOrDefault(outcome);

    public static DomainStatistics From(string domain, IEnumerable<TaskOutcome> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var list = tasks.ToList();
        var scored = list.Where(t => t.IsScored).ToList();
        var success = scored.Sum(t => t.Score ?? 0);
        var withResult = list.Where(t => t.Result is not null).ToList();
        var withUsage = list.Where(t => t.Usage is not null).ToList();
        var withCost = withUsage.Where(t => t.Usage!.CostUsd is not null).ToList();
        return new DomainStatistics
        {
            Domain = domain,
            Tasks = list.Count,
            Scored = scored.Count,
            Success = success,
            SuccessRate = list.Count == 0 ? 0 : success / list.Count,
            SuccessInterval = ConfidenceInterval.Wilson(success, list.Count),
            FinishedSuccessRate = scored.Count == 0 ? 0 : success / scored.Count,
            FinishedSuccessInterval = ConfidenceInterval.Wilson(success, scored.Count),
            Outcomes = OutcomeNames.All.ToDictionary(o => o, o => list.Count(t => t.Outcome == o), StringComparer.Ordinal),
            AverageSteps = withResult.Count == 0 ? null : withResult.Average(t => t.Result!.Steps),
            WallSecondsTotal = withResult.Sum(t => t.WallSeconds ?? 0),
            WallSecondsMean = withResult.Count == 0 ? null : withResult.Average(t => t.WallSeconds ?? 0),
            InputTokens = withUsage.Count == 0 ? null : withUsage.Sum(t => t.Usage!.InputTokens),
            OutputTokens = withUsage.Count == 0 ? null : withUsage.Sum(t => t.Usage!.OutputTokens),
            CostUsd = withCost.Count == 0 ? null : withCost.Sum(t => t.Usage!.CostUsd!.Value),
        };
    }
}
