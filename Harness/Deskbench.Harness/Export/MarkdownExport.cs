using System.Globalization;
using System.Text;

namespace Deskbench.Harness.Export;

/// <summary>The <c>markdown</c> export: per run, the manifest facts, a per-domain table and an overall line.</summary>
public static class MarkdownExport
{
    private static readonly string[] Header =
    [
        "domain", "tasks", "scored", "success", "rate (all tasks)", "95% CI", "rate (finished)",
        "agent_error", "infra_error", "eval_error", "unsupported", "timeout", "unfinished", "avg steps", "wall s",
    ];

    public static string Write(IReadOnlyList<RunStatistics> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var text = new StringBuilder();
        foreach (var run in runs)
        {
            var m = run.Run.Manifest;
            text.Append("## ").Append(run.Run.Label).Append("\n\n");
            text.Append(CultureInfo.InvariantCulture,
                $"Agent {m?.Agent ?? "?"}, model {run.Run.Key.Model}, provider {m?.Provider ?? "?"}, observation {run.Run.Key.ObservationType}, " +
                $"max steps {(m is null ? "?" : m.MaxSteps.ToString(CultureInfo.InvariantCulture))}, Deskbench {m?.DeskbenchVersion ?? "?"}");
            if (run.Run.SuiteHash is { } hash)
            {
                text.Append(", suite ").Append(hash[..12]);
            }

            text.Append(".\n\n");
            text.Append(MarkdownTable.Render(Header, [.. run.Domains.Select(Row), Row(run.Overall)]));
            text.Append('\n').Append(OverallLine(run.Overall)).Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>"**Overall:** 3/6 tasks = 50.0% [18.8, 81.2] over all tasks of the suite; 75.0% over 4 finished."</summary>
    public static string OverallLine(DomainStatistics overall)
    {
        ArgumentNullException.ThrowIfNull(overall);
        return $"**Overall:** {ExportNumbers.Number(overall.Success)}/{overall.Tasks} = {ExportNumbers.Percent(overall.SuccessRate)} " +
            $"(95% CI {ExportNumbers.Interval(overall.SuccessInterval)}) over all tasks of the suite; " +
            $"{ExportNumbers.Percent(overall.FinishedSuccessRate)} over {overall.Scored} finished.";
    }

    private static List<string> Row(DomainStatistics d) =>
    [
        d.Domain,
        d.Tasks.ToString(CultureInfo.InvariantCulture),
        d.Scored.ToString(CultureInfo.InvariantCulture),
        ExportNumbers.Number(d.Success),
        ExportNumbers.Percent(d.SuccessRate),
        ExportNumbers.Interval(d.SuccessInterval),
        ExportNumbers.Percent(d.FinishedSuccessRate),
        .. new[] { "agent_error", "infra_error", "eval_error", "unsupported", "timeout", OutcomeNames.Unfinished }
            .Select(o => d.CountOf(o).ToString(CultureInfo.InvariantCulture)),
        ExportNumbers.Number(d.AverageSteps, "0.0"),
        ExportNumbers.Number(d.WallSecondsTotal, "0.0"),
    ];
}
