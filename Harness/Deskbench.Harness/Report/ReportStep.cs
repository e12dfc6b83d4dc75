namespace Deskbench.Harness.Report;

/// <summary>
/// One line of a task's traj.jsonl as the report shows it: the step it belongs to, the action (text), the agent's
/// response, the info object (text), the screenshot file when it exists, or the error of an error line.
/// </summary>
public sealed record ReportStep(
    int StepNum,
    string? Timestamp,
    string? Action,
    string? Response,
    string? Info,
    bool Done,
    string? ScreenshotPath,
    string? Error);
