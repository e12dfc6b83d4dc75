using Deskbench.Core.Results;
using System.Globalization;
using System.Text;

namespace Deskbench.Harness.Report;

/// <summary>
/// The summary of one run on the index page: the manifest facts, the per-domain table (tasks, scored, success, rate
/// over scored and over all tasks, count per outcome) and a bar chart of the rate over all tasks (plain CSS bars).
/// </summary>
public static class SummarySectionWriter
{
    public static void Write(StringBuilder html, ReportRun run, int runIndex)
    {
        var id = runIndex.ToString(CultureInfo.InvariantCulture);
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"run\" id=\"run-{id}\">\n<h2>Run <code>{ReportHtml.Encode(run.Label)}</code></h2>\n");
        WriteManifest(html, run);
        var domains = run.Tasks.Select(t => t.Domain).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<table class=\"summary\" id=\"summary-{id}\">\n<thead><tr><th>domain</th><th>tasks</th><th>scored</th><th>success</th><th>rate (scored)</th><th>rate (all tasks)</th>");
        foreach (var status in ReportOutcomes.Statuses.Where(s => s != EpisodeStatus.Scored))
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{ReportOutcomes.Name(status)}</th>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<th>{ReportOutcomes.NoResult}</th></tr></thead>\n<tbody>\n");
        foreach (var domain in domains)
        {
            WriteRow(html, "domain", domain, run.Tasks.Where(t => t.Domain.Equals(domain, StringComparison.Ordinal)).ToList());
        }

        html.Append("</tbody>\n<tfoot>\n");
        WriteRow(html, "total", "total", run.Tasks);
        html.Append("</tfoot>\n</table>\n");
        WriteChart(html, domains.Select(d => (d, run.Tasks.Where(t => t.Domain.Equals(d, StringComparison.Ordinal)).ToList())).Append(("total", run.Tasks.ToList())));
        html.Append("</section>\n");
    }

    private static void WriteManifest(StringBuilder html, ReportRun run)
    {
        if (run.Manifest is not { } manifest)
        {
            html.Append("<p class=\"note\">run.json could not be read; the tasks below are the folders found.</p>\n");
            return;
        }

        html.Append("<dl class=\"manifest\">");
        void Fact(string name, string? value) =>
            html.Append(CultureInfo.InvariantCulture, $"<div><dt>{name}</dt><dd>{ReportHtml.Encode(value)}</dd></div>");
        Fact("agent", manifest.Agent);
        Fact("provider", manifest.Provider);
        Fact("observation", manifest.ObservationType);
        Fact("action space", manifest.ActionSpace);
        Fact("max steps", manifest.MaxSteps.ToString(CultureInfo.InvariantCulture));
        Fact("status", manifest.Status);
        Fact("started", manifest.StartedAt.ToString("u", CultureInfo.InvariantCulture));
        Fact("finished", manifest.FinishedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "–");
        Fact("deskbench", manifest.DeskbenchVersion);
        html.Append("</dl>\n");
    }

    private static void WriteRow(StringBuilder html, string rowClass, string label, IReadOnlyList<ReportTask> tasks)
    {
        var results = tasks.Where(t => t.Result is not null).Select(t => t.Result!).ToList();
        var scored = results.Where(r => r.Status == EpisodeStatus.Scored).ToList();
        var success = scored.Sum(r => r.Score ?? 0);
        html.Append(CultureInfo.InvariantCulture, $"<tr class=\"{rowClass}\" data-domain=\"{ReportHtml.Encode(label)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<th scope=\"row\">{ReportHtml.Encode(label)}</th>");
        Cell(html, ReportHtml.Count(tasks.Count));
        Cell(html, ReportHtml.Count(scored.Count));
        Cell(html, ReportHtml.Score(success));
        Cell(html, scored.Count == 0 ? "–" : ReportHtml.Percent(success / scored.Count));
        Cell(html, tasks.Count == 0 ? "–" : ReportHtml.Percent(success / tasks.Count));
        foreach (var status in ReportOutcomes.Statuses.Where(s => s != EpisodeStatus.Scored))
        {
            Cell(html, ReportHtml.Count(results.Count(r => r.Status == status)));
        }

        Cell(html, ReportHtml.Count(tasks.Count - results.Count));
        html.Append("</tr>\n");
    }

    private static void Cell(StringBuilder html, string text) =>
        html.Append(CultureInfo.InvariantCulture, $"<td>{text}</td>");

    private static void WriteChart(StringBuilder html, IEnumerable<(string Domain, List<ReportTask> Tasks)> rows)
    {
        html.Append("<div class=\"chart\" role=\"img\" aria-label=\"success rate over all tasks, per domain\">\n");
        foreach (var (domain, tasks) in rows)
        {
            var success = tasks.Where(t => t.Result?.Status == EpisodeStatus.Scored).Sum(t => t.Result!.Score ?? 0);
            var rate = tasks.Count == 0 ? 0 : success / tasks.Count;
            var width = (Math.Clamp(rate, 0, 1) * 100).ToString("0.##", CultureInfo.InvariantCulture);
            html.Append(CultureInfo.InvariantCulture,
                $"<div class=\"bar-row\"><span class=\"bar-label\">{ReportHtml.Encode(domain)}</span>" +
                $"<span class=\"bar\"><span class=\"bar-fill\" style=\"width:{width}%\"></span></span>" +
                $"<span class=\"bar-value\">{ReportHtml.Percent(rate)}</span></div>\n");
        }

        html.Append("</div>\n");
    }
}
