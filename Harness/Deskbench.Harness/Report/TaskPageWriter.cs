using System.Globalization;
using System.Text;

namespace Deskbench.Harness.Report;

/// <summary>
/// A task's page: facts, instruction, error, metric verdicts, the task's evaluator, the recording when present, and
/// the trajectory viewer (filled by task.js from the page's <c>.data.js</c>), with links back to the index and to the
/// previous and next task of the run.
/// </summary>
public static class TaskPageWriter
{
    public const string RecordingFile = "recording.mp4";

    public static string Render(ReportTask task, string pagePath, string rootPrefix, string? previousPage, string? nextPage)
    {
        var pageDirectory = Path.GetDirectoryName(pagePath)!;
        var html = new StringBuilder();
        html.Append(ReportHtml.Head($"{task.Domain} / {task.TaskId} — Deskbench", rootPrefix));
        html.Append("<body class=\"task\">\n<nav class=\"links\">");
        html.Append(CultureInfo.InvariantCulture, $"<a id=\"back\" href=\"{rootPrefix}index.html\">← all tasks</a>");
        if (previousPage is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a id=\"previous-task\" href=\"{ReportHtml.Encode(ReportHtml.RelativeUrl(pageDirectory, previousPage))}\">‹ previous task</a>");
        }

        if (nextPage is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a id=\"next-task\" href=\"{ReportHtml.Encode(ReportHtml.RelativeUrl(pageDirectory, nextPage))}\">next task ›</a>");
        }

        html.Append("</nav>\n<main>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1><span class=\"domain\">{ReportHtml.Encode(task.Domain)}</span> / <span id=\"task-id\">{ReportHtml.Encode(task.TaskId)}</span></h1>\n");
        WriteFacts(html, task);
        html.Append("<h2>Instruction</h2>\n");
        html.Append(task.Instruction is null
            ? "<p id=\"instruction\" class=\"note\">The task file could not be read.</p>\n"
            : $"<p id=\"instruction\">{ReportHtml.Encode(task.Instruction)}</p>\n");
        if (task.Result?.Error is { } error)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>Error</h2>\n<pre id=\"error\" class=\"error\">{ReportHtml.Encode(error)}</pre>\n");
        }

        WriteMetrics(html, task);
        if (task.EvaluatorJson is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<details class=\"evaluator\"><summary>Evaluator (getters and metrics of the task file)</summary><pre>{ReportHtml.Encode(task.EvaluatorJson)}</pre></details>\n");
        }

        var recording = Path.Combine(task.Directory, RecordingFile);
        if (File.Exists(recording))
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>Recording</h2>\n<video controls preload=\"none\" src=\"{ReportHtml.Encode(ReportHtml.RelativeUrl(pageDirectory, recording))}\"></video>\n");
        }

        WriteViewer(html);
        var dataFile = Uri.EscapeDataString(Path.GetFileNameWithoutExtension(pagePath) + ".data.js");
        html.Append(CultureInfo.InvariantCulture, $"</main>\n<script src=\"{ReportHtml.Encode(dataFile)}\"></script>\n<script src=\"{rootPrefix}assets/task.js\"></script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteFacts(StringBuilder html, ReportTask task)
    {
        var result = task.Result;
        html.Append(CultureInfo.InvariantCulture, $"<dl class=\"facts\"><div><dt>outcome</dt><dd><span id=\"outcome\" class=\"outcome outcome-{task.Outcome}\">{task.Outcome}</span></dd></div>");
        html.Append(CultureInfo.InvariantCulture, $"<div><dt>score</dt><dd id=\"score\">{ReportHtml.Score(result?.Score)}</dd></div>");
        if (result is not null)
        {
            var finish = System.Text.Json.JsonSerializer.Serialize(result.FinishReason).Trim('"');
            html.Append(CultureInfo.InvariantCulture, $"<div><dt>finish</dt><dd>{ReportHtml.Encode(finish)}</dd></div>");
            html.Append(CultureInfo.InvariantCulture, $"<div><dt>steps</dt><dd>{ReportHtml.Count(result.Steps)}</dd></div>");
            html.Append(CultureInfo.InvariantCulture, $"<div><dt>actions</dt><dd>{ReportHtml.Count(result.Actions)}</dd></div>");
            var seconds = (result.FinishedAt - result.StartedAt).TotalSeconds;
            html.Append(CultureInfo.InvariantCulture, $"<div><dt>wall time</dt><dd>{seconds.ToString("0.0", CultureInfo.InvariantCulture)} s</dd></div>");
            html.Append(CultureInfo.InvariantCulture, $"<div><dt>started</dt><dd>{result.StartedAt.ToString("u", CultureInfo.InvariantCulture)}</dd></div>");
        }

        html.Append("</dl>\n");
    }

    private static void WriteMetrics(StringBuilder html, ReportTask task)
    {
        var metrics = task.Result?.Metrics ?? [];
        if (metrics.Count == 0)
        {
            return;
        }

        html.Append("<h2>Metric verdicts</h2>\n<table id=\"metrics\"><thead><tr><th>metric</th><th>score</th><th>note</th></tr></thead><tbody>\n");
        foreach (var metric in metrics)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td><code>{ReportHtml.Encode(metric.Metric)}</code></td><td>{ReportHtml.Score(metric.Score)}</td><td>{ReportHtml.Encode(metric.Note)}</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void WriteViewer(StringBuilder html) => html.Append(
        "<h2>Trajectory</h2>\n<section id=\"viewer\">\n" +
        "<div class=\"viewer-controls\"><button id=\"prev-step\" type=\"button\">◀ prev</button>" +
        "<span id=\"step-label\">no steps recorded</span><button id=\"next-step\" type=\"button\">next ▶</button></div>\n" +
        "<figure><img id=\"shot\" loading=\"lazy\" alt=\"screenshot after the action\" hidden><figcaption id=\"shot-caption\"></figcaption></figure>\n" +
        "<div class=\"step-detail\"><h3>Response</h3><pre id=\"step-response\"></pre><h3>Action</h3><pre id=\"step-action\"></pre>" +
        "<div id=\"step-info-block\" hidden><h3>Info</h3><pre id=\"step-info\"></pre></div>" +
        "<div id=\"step-error-block\" hidden><h3>Error</h3><pre id=\"step-error\" class=\"error\"></pre></div></div>\n" +
        "<ol id=\"step-list\"></ol>\n</section>\n");
}
