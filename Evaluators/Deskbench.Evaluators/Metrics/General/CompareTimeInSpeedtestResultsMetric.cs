using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.General;

/// <summary>
/// <c>compare_time_in_speedtest_results(speedtest_result_path, time_diff)</c>: takes the second field of the CSV file's
/// second line, reads its last five characters as <c>HH:MM</c>, and scores 1 when that time of day is less than
/// <c>time_diff</c> minutes from the evaluator's local time of day (OSWorld compares with the host's clock, ignoring the
/// date). A falsy path → 0; any error (missing file, short file, bad time) → 0, as in OSWorld.
/// </summary>
public sealed class CompareTimeInSpeedtestResultsMetric(TimeProvider clock) : IMetric
{
    public CompareTimeInSpeedtestResultsMetric()
        : this(TimeProvider.System)
    {
    }

    public string Name => "compare_time_in_speedtest_results";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var timeDiff = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result))
        {
            return ValueTask.FromResult(0.0);
        }

        try
        {
            var lines = PythonText.IterateLines(PythonText.ReadText(PythonIndexing.AsPath(call.Result)));
            var line = lines.Count > 1 ? lines[1] : string.Empty;
            var date = line.Split(',')[1];
            var stamp = date.Length >= 5 ? date[^5..] : date;
            var recorded = TimeOnly.ParseExact(stamp, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            var now = TimeOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var nowMinutes = new TimeOnly(now.Hour, now.Minute);
            var minutes = Math.Abs((recorded.ToTimeSpan() - nowMinutes.ToTimeSpan()).TotalMinutes);
            var limit = PythonValues.TypeOf(timeDiff) == PythonType.Str
                ? int.Parse(PythonText.Strip(PythonFormatting.Str(timeDiff)), System.Globalization.CultureInfo.InvariantCulture)
                : (int)PythonValues.GetInteger(timeDiff);
            return ValueTask.FromResult(minutes < limit ? 1.0 : 0.0);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ValueTask.FromResult(0.0);
        }
    }
}
