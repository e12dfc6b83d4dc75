using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Chrome.Metrics;

/// <summary>
/// <c>is_expected_installed_extensions(installed_extensions, expected)</c>: 0 for a falsy result; 1 when
/// <c>set(expected.expected)</c> is a subset of <c>set(installed_extensions)</c>.
/// </summary>
public sealed class IsExpectedInstalledExtensionsMetric : IMetric
{
    public string Name => "is_expected_installed_extensions";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var expected = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result))
        {
            return ValueTask.FromResult(0.0);
        }

        var installed = PythonIndexing.Iterate(call.Result).ToList();
        var wanted = PythonIndexing.Iterate(PythonIndexing.GetItem(expected, "expected"));
        var subset = wanted.All(item => installed.Any(other => PythonEquality.AreEqual(item, other)));
        return ValueTask.FromResult(subset ? 1.0 : 0.0);
    }
}
