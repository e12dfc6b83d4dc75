using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.Vlc;

/// <summary>
/// <c>is_vlc_recordings_folder(config_path, rule)</c>: skipping comment and blank lines, the first line containing
/// <c>input-record-path</c> decides: 1 when its value (after the last <c>=</c>, stripped) equals
/// <c>rule["recording_file_path"]</c>, else 0; 0 when no line sets it.
/// </summary>
public sealed class IsVlcRecordingsFolderMetric : IMetric
{
    public string Name => "is_vlc_recordings_folder";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result))
        {
            return ValueTask.FromResult(0.0);
        }

        var lines = VlcConfigText.ReadLines(Name, call.Result);
        var expected = PythonIndexing.GetItem(rule, "recording_file_path");
        foreach (var line in lines)
        {
            if (line.StartsWith('#') || PythonText.Strip(line).Length == 0)
            {
                continue;
            }

            if (line.Contains("input-record-path", StringComparison.Ordinal))
            {
                return ValueTask.FromResult(PythonEquality.AreEqual(expected, PythonText.Strip(line.Split('=')[^1])) ? 1.0 : 0.0);
            }
        }

        return ValueTask.FromResult(0.0);
    }
}
