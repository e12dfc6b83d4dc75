using System.Globalization;
using System.Text.Json.Nodes;

namespace Deskbench.Harness.Trajectory;

/// <summary>
/// One line of OSWorld's <c>traj.jsonl</c>, written after each executed action: <c>step_num</c> is the 1-based predict
/// call the action came from (several actions of one step share it), <c>action_timestamp</c> is taken before the
/// action runs (<c>%Y%m%d@%H%M%S%f</c>), <c>reward</c> is always 0, <c>info</c> is <c>{}</c>, <c>{"done": true}</c> or
/// <c>{"fail": true}</c> (plus <c>error</c> when the action failed), <c>screenshot_file</c> names the screenshot taken after it.
/// </summary>
public sealed record TrajectoryEntry(
    int StepNum,
    DateTimeOffset ActionTimestamp,
    JsonNode Action,
    string? Response,
    bool Done,
    JsonObject Info)
{
    /// <summary>OSWorld's <c>datetime.now().strftime("%Y%m%d@%H%M%S%f")</c> (microseconds, 6 digits).</summary>
    public const string TimestampFormat = "yyyyMMdd'@'HHmmssffffff";

    /// <summary>The reward OSWorld's step() returns: always 0 (the score comes from the evaluator).</summary>
    public int Reward => 0;

    public string FormattedTimestamp => FormatTimestamp(ActionTimestamp);

    /// <summary><c>step_&lt;n&gt;_&lt;timestamp&gt;.png</c>.</summary>
    public string ScreenshotFile => $"step_{StepNum}_{FormattedTimestamp}.png";

    public static string FormatTimestamp(DateTimeOffset timestamp) =>
        timestamp.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    /// <summary>The line as OSWorld writes it, fields in OSWorld's order.</summary>
    public JsonObject ToJson() => new()
    {
        ["step_num"] = StepNum,
        ["action_timestamp"] = FormattedTimestamp,
        ["action"] = Action.DeepClone(),
        ["response"] = Response,
        ["reward"] = Reward,
        ["done"] = Done,
        ["info"] = Info.DeepClone(),
        ["screenshot_file"] = ScreenshotFile,
    };
}
