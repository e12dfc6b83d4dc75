using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.Vlc;

/// <summary>
/// <c>check_global_key_play_pause(config_path, rule)</c>: "1" when the last <c>global-key-play-pause=</c> line of
/// <c>vlcrc</c> has a value, "0" when it is empty or absent; compared with <c>rule["expected_global_key_play_pause"]</c>.
/// </summary>
public sealed class CheckGlobalKeyPlayPauseMetric : IMetric
{
    public string Name => "check_global_key_play_pause";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result))
        {
            return ValueTask.FromResult(0.0);
        }

        var lines = VlcConfigText.ReadLines(Name, call.Result);
        var expected = VlcConfigText.ExpectedText(PythonIndexing.GetItem(rule, "expected_global_key_play_pause"));
        var actual = "0";
        foreach (var line in lines.Where(line => line.Contains("global-key-play-pause=", StringComparison.Ordinal)))
        {
            actual = PythonText.Strip(line.Split('=')[^1]).Length == 0 ? "0" : "1";
        }

        return ValueTask.FromResult(actual == expected ? 1.0 : 0.0);
    }
}
