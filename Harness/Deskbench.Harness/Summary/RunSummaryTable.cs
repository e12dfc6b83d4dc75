using Deskbench.Core.Results;
using System.Globalization;
using System.Text;

namespace Deskbench.Harness.Summary;

/// <summary>
/// Renders a <see cref="RunSummary"/> as a fixed-width plain-text table. "rate (all)" counts every task of the run (a task
/// without a score counts as 0); "rate (scored)" is OSWorld's figure, over scored tasks only.
/// </summary>
public static class RunSummaryTable
{
    private static readonly EpisodeStatus[] ErrorStatuses =
        [EpisodeStatus.AgentError, EpisodeStatus.InfraError, EpisodeStatus.EvalError, EpisodeStatus.Unsupported, EpisodeStatus.Timeout];

    public static string Render(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var header = new List<string> { "domain", "tasks", "scored", "success", "rate (all)", "rate (scored)" };
        header.AddRange(ErrorStatuses.Select(EpisodeStatusNames.Of));
        var rows = new List<IReadOnlyList<string>> { header };
        rows.AddRange(summary.Domains.Select(Row));
        rows.Add(Row(summary.Total));
        var widths = Enumerable.Range(0, header.Count).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        for (var i = 0; i < rows.Count; i++)
        {
            if (i == rows.Count - 1 || i == 1)
            {
                text.AppendLine(string.Join("-+-", widths.Select(w => new string('-', w))));
            }

            var cells = rows[i].Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            text.AppendLine(string.Join(" | ", cells).TrimEnd());
        }

        return text.ToString();
    }

    private static List<string> Row(DomainSummary domain)
    {
        var row = new List<string>
        {
            domain.Domain,
            domain.Tasks.ToString(CultureInfo.InvariantCulture),
            domain.Scored.ToString(CultureInfo.InvariantCulture),
            domain.Success.ToString("0.##", CultureInfo.InvariantCulture),
            Percent(domain.SuccessRateOverAll),
            Percent(domain.SuccessRate),
        };
        row.AddRange(ErrorStatuses.Select(s => domain.CountOf(s).ToString(CultureInfo.InvariantCulture)));
        return row;
    }

    private static string Percent(double rate) => (rate * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
