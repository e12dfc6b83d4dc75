using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary><c>check_text_enlarged(scaling_factor_str)</c> (basic_os.py): 1 when <c>float(result) &gt; 1.0</c>.</summary>
public sealed class CheckTextEnlargedMetric : IMetric
{
    public string Name => "check_text_enlarged";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        if (call.HasExpected)
        {
            throw new MetricArgumentException("check_text_enlarged() takes 1 positional argument but 2 were given");
        }

        return ValueRuleMatcher.TryPythonFloat(call.Result, out var factor)
            ? ValueTask.FromResult(factor > 1.0 ? 1.0 : 0.0)
            : throw PythonErrorException.ValueError($"could not convert to float: {PythonFormatting.Repr(call.Result)}");
    }
}
