using Deskbench.Core.Results;

namespace Deskbench.Harness.Report;

/// <summary>The outcome names used in the report (the snake_case of <see cref="EpisodeStatus"/>, plus <see cref="NoResult"/>).</summary>
public static class ReportOutcomes
{
    public const string NoResult = "no_result";

    public static IReadOnlyList<EpisodeStatus> Statuses { get; } = Enum.GetValues<EpisodeStatus>();

    public static string Name(EpisodeStatus status) => EpisodeStatusNames.Of(status);
}
