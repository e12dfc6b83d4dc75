using Deskbench.Core.Results;

namespace Deskbench.Harness.Export;

/// <summary>The names of a task's outcome class as exports write them: the result.json status names plus "unfinished".</summary>
public static class OutcomeNames
{
    /// <summary>A task of the suite with no recorded result.</summary>
    public const string Unfinished = "unfinished";

    /// <summary>Every outcome class, in the order exports list them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. Enum.GetValues<EpisodeStatus>().Select(Of), Unfinished];

    public static string Of(EpisodeStatus status) => EpisodeStatusNames.Of(status);
}
