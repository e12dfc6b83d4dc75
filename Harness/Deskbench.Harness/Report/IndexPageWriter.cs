using System.Globalization;
using System.Text;

namespace Deskbench.Harness.Report;

/// <summary>
/// index.html: one summary per run (rendered here, escaped) and the task list shell, which report.js fills from the
/// compact <c>data/index.js</c> and filters by run, domain, outcome, score and a search text.
/// </summary>
public static class IndexPageWriter
{
    public static string Render(IReadOnlyList<ReportRun> runs, DateTimeOffset generatedAt)
    {
        var html = new StringBuilder();
        html.Append(ReportHtml.Head("Deskbench report", string.Empty));
        html.Append("<body class=\"index\">\n<header><h1>Deskbench report</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"generated\">generated {generatedAt.ToString("u", CultureInfo.InvariantCulture)}</p></header>\n<main>\n");
        for (var i = 0; i < runs.Count; i++)
        {
            SummarySectionWriter.Write(html, runs[i], i);
        }

        WriteTaskList(html, runs);
        html.Append("</main>\n<script src=\"data/index.js\"></script>\n<script src=\"assets/report.js\"></script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteTaskList(StringBuilder html, IReadOnlyList<ReportRun> runs)
    {
        html.Append("<section id=\"tasks\">\n<h2>Tasks</h2>\n<div class=\"filters\">\n");
        html.Append("<input id=\"search\" type=\"search\" placeholder=\"Search task id or instruction\" aria-label=\"search\">\n");
        if (runs.Count > 1)
        {
            Select(html, "filter-run", "all runs", runs.Select((run, i) => (i.ToString(CultureInfo.InvariantCulture), run.Label)));
        }

        var domains = runs.SelectMany(r => r.Tasks).Select(t => t.Domain).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        Select(html, "filter-domain", "all domains", domains.Select(d => (d, d)));
        var outcomes = ReportOutcomes.Statuses.Select(ReportOutcomes.Name).Append(ReportOutcomes.NoResult);
        Select(html, "filter-outcome", "all outcomes", outcomes.Select(o => (o, o)));
        Select(html, "filter-score", "any score", [("success", "score = 1"), ("partial", "0 < score < 1"), ("zero", "score = 0"), ("none", "no score")]);
        html.Append("<span id=\"task-count\" aria-live=\"polite\"></span>\n</div>\n");
        html.Append("<table id=\"task-list\">\n<thead><tr>");
        if (runs.Count > 1)
        {
            html.Append("<th>run</th>");
        }

        html.Append("<th>domain</th><th>task</th><th>outcome</th><th>score</th><th>steps</th><th>instruction</th></tr></thead>\n");
        html.Append("<tbody></tbody>\n</table>\n<noscript>The task list needs JavaScript.</noscript>\n</section>\n");
    }

    private static void Select(StringBuilder html, string id, string anyLabel, IEnumerable<(string Value, string Label)> options)
    {
        html.Append(CultureInfo.InvariantCulture, $"<select id=\"{id}\" aria-label=\"{anyLabel}\"><option value=\"\">{anyLabel}</option>");
        foreach (var (value, label) in options)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{ReportHtml.Encode(value)}\">{ReportHtml.Encode(label)}</option>");
        }

        html.Append("</select>\n");
    }
}
