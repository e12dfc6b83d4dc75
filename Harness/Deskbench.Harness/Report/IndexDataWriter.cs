using System.Text.Json.Nodes;

namespace Deskbench.Harness.Report;

/// <summary>
/// <c>data/index.js</c>: the compact list the index page filters — one short array per task
/// (<see cref="Columns"/>), the instruction cut to <see cref="InstructionLength"/> characters, nothing of the trajectory.
/// </summary>
public static class IndexDataWriter
{
    public const string GlobalName = "DESKBENCH_INDEX";

    public const int InstructionLength = 160;

    public static IReadOnlyList<string> Columns { get; } = ["run", "domain", "task", "outcome", "score", "steps", "page", "instruction"];

    public static string Render(IReadOnlyList<ReportRun> runs, ReportPageLayout layout)
    {
        var tasks = new JsonArray();
        for (var i = 0; i < runs.Count; i++)
        {
            foreach (var task in runs[i].Tasks)
            {
                var page = ReportHtml.RelativeUrl(layout.OutputDirectory, layout.TaskPagePath(i, task));
                tasks.Add(new JsonArray(
                    i,
                    task.Domain,
                    task.TaskId,
                    task.Outcome,
                    task.Result?.Score is { } score ? JsonValue.Create(Math.Round(score, 4)) : null,
                    task.Result?.Steps ?? 0,
                    page,
                    Shorten(task.Instruction)));
            }
        }

        var data = new JsonObject
        {
            ["runs"] = new JsonArray([.. runs.Select(r => (JsonNode?)JsonValue.Create(r.Label))]),
            ["columns"] = new JsonArray([.. Columns.Select(c => (JsonNode?)JsonValue.Create(c))]),
            ["tasks"] = tasks,
        };
        return ReportHtml.ToScript(GlobalName, data);
    }

    private static string Shorten(string? instruction)
    {
        if (string.IsNullOrEmpty(instruction))
        {
            return string.Empty;
        }

        var flat = string.Join(' ', instruction.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= InstructionLength ? flat : flat[..(InstructionLength - 1)] + "…";
    }
}
