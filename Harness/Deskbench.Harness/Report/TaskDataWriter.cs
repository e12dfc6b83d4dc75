using System.Text.Json.Nodes;

namespace Deskbench.Harness.Report;

/// <summary>
/// A task page's <c>.data.js</c>: its trajectory lines (step, time, action, response, info, error) with each
/// screenshot as a URL relative to the page, pointing at the original PNG in the results folder.
/// </summary>
public static class TaskDataWriter
{
    public const string GlobalName = "DESKBENCH_TASK";

    public static string Render(IReadOnlyList<ReportStep> steps, string pagePath)
    {
        var pageDirectory = Path.GetDirectoryName(pagePath)!;
        var lines = new JsonArray();
        foreach (var step in steps)
        {
            lines.Add(new JsonObject
            {
                ["step"] = step.StepNum,
                ["time"] = step.Timestamp,
                ["action"] = step.Action,
                ["response"] = step.Response,
                ["info"] = step.Info,
                ["done"] = step.Done,
                ["shot"] = step.ScreenshotPath is null ? null : ReportHtml.RelativeUrl(pageDirectory, step.ScreenshotPath),
                ["error"] = step.Error,
            });
        }

        return ReportHtml.ToScript(GlobalName, new JsonObject { ["steps"] = lines });
    }
}
