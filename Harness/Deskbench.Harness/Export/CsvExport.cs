using Deskbench.Core.Results;
using Deskbench.Harness.Results;
using System.Globalization;
using System.Text;

namespace Deskbench.Harness.Export;

/// <summary>The <c>csv</c> export: a header and one row per task of every run (RFC 4180 quoting, "\n" line ends).</summary>
public static class CsvExport
{
    public static readonly IReadOnlyList<string> Columns =
        ["run", "domain", "task_id", "status", "score", "steps", "seconds", "input_tokens", "output_tokens", "cost_usd", "error"];

    public static string Write(IReadOnlyList<RunStatistics> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var text = new StringBuilder();
        text.Append(string.Join(',', Columns)).Append('\n');
        foreach (var run in runs)
        {
            foreach (var t in run.Run.Tasks)
            {
                string?[] cells =
                [
                    run.Run.Label,
                    t.Domain,
                    t.TaskId,
                    t.Outcome,
                    t.Score is { } score ? PythonFloat.Format(score) : null,
                    t.Result?.Steps.ToString(CultureInfo.InvariantCulture),
                    t.WallSeconds?.ToString("0.###", CultureInfo.InvariantCulture),
                    t.Usage?.InputTokens.ToString(CultureInfo.InvariantCulture),
                    t.Usage?.OutputTokens.ToString(CultureInfo.InvariantCulture),
                    t.Usage?.CostUsd?.ToString(CultureInfo.InvariantCulture),
                    t.Result?.Error,
                ];
                text.Append(string.Join(',', cells.Select(Quote))).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Quotes a cell holding a comma, quote or line break; doubles inner quotes.</summary>
    public static string Quote(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return "";
        }

        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
