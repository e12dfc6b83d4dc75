using Deskbench.Core.Results;
using Deskbench.Harness.Results;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Harness.Export;

/// <summary>Renders a <see cref="RunComparison"/> as a plain-text report, Markdown, or JSON.</summary>
public static class ComparisonWriter
{
    private static readonly string[] DomainHeader = ["domain", "A tasks", "A rate", "B tasks", "B rate", "change", "change (finished)"];
    private static readonly string[] TaskHeader = ["domain", "task_id", "A", "B", "difference"];

    public static string Text(RunComparison comparison) => Render(comparison, PlainTextTable.Render, heading: "");

    public static string Markdown(RunComparison comparison) => Render(comparison, MarkdownTable.Render, heading: "## ");

    public static string Json(RunComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var document = new JsonObject
        {
            ["a"] = comparison.A.Run.Directory,
            ["b"] = comparison.B.Run.Directory,
            ["overall"] = Change(comparison.Overall),
            ["domains"] = new JsonArray([.. comparison.Domains.Select(Change)]),
            ["tasks"] = new JsonArray([.. comparison.Tasks.Select(t => new JsonObject
            {
                ["domain"] = t.Domain,
                ["task_id"] = t.TaskId,
                ["kind"] = t.Kind,
                ["a_outcome"] = t.A?.Outcome,
                ["a_score"] = t.A?.Score,
                ["b_outcome"] = t.B?.Outcome,
                ["b_score"] = t.B?.Score,
            })]),
        };
        return document.ToJsonString(new JsonSerializerOptions(ResultJson.Document)) + "\n";
    }

    private static JsonObject Change(DomainSuccessChange c) => new()
    {
        ["domain"] = c.Domain,
        ["a_tasks"] = c.A?.Tasks,
        ["a_success_rate"] = c.A is null ? null : Math.Round(c.A.SuccessRate, 6),
        ["b_tasks"] = c.B?.Tasks,
        ["b_success_rate"] = c.B is null ? null : Math.Round(c.B.SuccessRate, 6),
        ["change"] = c.Change is { } change ? Math.Round(change, 6) : null,
        ["finished_change"] = c.FinishedChange is { } finished ? Math.Round(finished, 6) : null,
    };

    private static string Render(
        RunComparison comparison, Func<IReadOnlyList<string>, IEnumerable<IReadOnlyList<string>>, string> table, string heading)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"A: {comparison.A.Run.Directory}\n");
        text.Append(CultureInfo.InvariantCulture, $"B: {comparison.B.Run.Directory}\n\n");
        text.Append(heading).Append("Success by domain (over all tasks of each suite)\n\n");
        text.Append(table(DomainHeader, [.. comparison.Domains.Select(DomainRow), DomainRow(comparison.Overall)]));
        text.Append('\n').Append(heading).Append(CultureInfo.InvariantCulture, $"Tasks that differ: {comparison.Tasks.Count}\n");
        if (comparison.Tasks.Count > 0)
        {
            text.Append('\n').Append(table(TaskHeader, comparison.Tasks.Select(TaskRow)));
        }

        return text.ToString();
    }

    private static IReadOnlyList<string> DomainRow(DomainSuccessChange c) =>
    [
        c.Domain,
        c.A?.Tasks.ToString(CultureInfo.InvariantCulture) ?? "-",
        c.A is null ? "-" : ExportNumbers.Percent(c.A.SuccessRate),
        c.B?.Tasks.ToString(CultureInfo.InvariantCulture) ?? "-",
        c.B is null ? "-" : ExportNumbers.Percent(c.B.SuccessRate),
        c.Change is { } change ? ExportNumbers.PointChange(change) : "-",
        c.FinishedChange is { } finished ? ExportNumbers.PointChange(finished) : "-",
    ];

    private static IReadOnlyList<string> TaskRow(TaskDifference t) =>
        [t.Domain, t.TaskId, Describe(t.A), Describe(t.B), t.Kind == TaskDifference.Changed ? ScoreChange(t) : t.Kind.Replace('_', ' ')];

    private static string Describe(TaskOutcome? outcome) => outcome switch
    {
        null => "-",
        { Score: { } score } => "scored " + PythonFloat.Format(score),
        _ => outcome.Outcome,
    };

    private static string ScoreChange(TaskDifference t) =>
        t.ScoreChange is { } change && Math.Abs(change) > 1e-9
            ? change.ToString("+0.###;-0.###", CultureInfo.InvariantCulture)
            : "outcome";
}
