using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.Vlc;

/// <summary>
/// The vlc.py metrics that compare one <c>vlcrc</c> setting with <c>rule[expected_&lt;setting&gt;]</c> (an int is compared as
/// its text): the value of the last line containing <c>&lt;key&gt;=</c>, or VLC's default when there is none. A None path
/// scores 0; a missing file or a missing rule key raises.
/// </summary>
public sealed class VlcConfigSettingMetric(string name, string key, string ruleKey, string defaultValue) : IMetric
{
    /// <summary><c>check_qt_bgcone</c>: <c>qt-bgcone</c>, default 1.</summary>
    public static VlcConfigSettingMetric QtBgCone { get; } = new("check_qt_bgcone", "qt-bgcone", "expected_qt_bgcone", "1");

    /// <summary><c>check_qt_max_volume</c>: <c>qt-max-volume</c>, default 125.</summary>
    public static VlcConfigSettingMetric QtMaxVolume { get; } = new("check_qt_max_volume", "qt-max-volume", "expected_qt_max_volume", "125");

    /// <summary><c>check_qt_minimal_view</c>: <c>qt-minimal-view</c>, default 0.</summary>
    public static VlcConfigSettingMetric QtMinimalView { get; } = new("check_qt_minimal_view", "qt-minimal-view", "expected_qt_minimal_view", "0");

    /// <summary><c>check_one_instance_when_started_from_file</c>, default 1.</summary>
    public static VlcConfigSettingMetric OneInstanceWhenStartedFromFile { get; } = new(
        "check_one_instance_when_started_from_file", "one-instance-when-started-from-file", "expected_one_instance_when_started_from_file", "1");

    /// <summary><c>check_play_and_exit</c>: <c>play-and-exit</c>, default 0.</summary>
    public static VlcConfigSettingMetric PlayAndExit { get; } = new("check_play_and_exit", "play-and-exit", "expected_play_and_exit", "0");

    public string Name => name;

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result))
        {
            return ValueTask.FromResult(0.0);
        }

        var lines = VlcConfigText.ReadLines(Name, call.Result);
        var expected = VlcConfigText.ExpectedText(PythonIndexing.GetItem(rule, ruleKey));
        var actual = VlcConfigText.LastValue(lines, key + "=", defaultValue);
        return ValueTask.FromResult(actual == expected ? 1.0 : 0.0);
    }
}
