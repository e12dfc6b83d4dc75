using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary><c>compare_answer(actual, rules, **options)</c> (vscode.py): a falsy result → 0; else 1 when it equals <c>rules["expected"]</c>.</summary>
public sealed class CompareAnswerMetric : IMetric
{
    public string Name => "compare_answer";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var rules = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result))
        {
            return ValueTask.FromResult(0.0);
        }

        return ValueTask.FromResult(PythonEquality.AreEqual(call.Result, PythonIndexing.GetItem(rules, "expected")) ? 1.0 : 0.0);
    }
}
