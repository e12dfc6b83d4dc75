using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary><c>is_utc_0(timedatectl_output)</c> (basic_os.py): 1 when the 4th line (the time zone) ends with <c>+0000)</c>.</summary>
public sealed class IsUtc0Metric : IMetric
{
    public string Name => "is_utc_0";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        if (call.HasExpected)
        {
            throw new MetricArgumentException("is_utc_0() takes 1 positional argument but 2 were given");
        }

        var text = PythonValues.AsString(call.Result)
            ?? throw PythonErrorException.AttributeError($"'{PythonOperators.Describe(call.Result)}' object has no attribute 'split'");
        var lines = text.Split('\n');
        var zoneLine = lines.Length > 3 ? lines[3] : throw PythonErrorException.IndexError("list index out of range");
        return ValueTask.FromResult(zoneLine.EndsWith("+0000)", StringComparison.Ordinal) ? 1.0 : 0.0);
    }
}
