using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>check_include_exclude(result, rules)</c>: 0 for None; else 1 when every <c>rules["include"]</c> entry is in the result
/// and no <c>rules["exclude"]</c> entry is (both default to empty).
/// </summary>
public sealed class CheckIncludeExcludeMetric : IMetric
{
    public string Name => "check_include_exclude";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rules = call.RequireExpected(Name);
        if (call.Result is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var include = PythonIndexing.Get(rules, "include", new JsonArray());
        var exclude = PythonIndexing.Get(rules, "exclude", new JsonArray());
        var passed = PythonIndexing.Iterate(include).All(entry => PythonOperators.Contains(call.Result, entry))
            && PythonIndexing.Iterate(exclude).All(entry => !PythonOperators.Contains(call.Result, entry));
        return ValueTask.FromResult(passed ? 1.0 : 0.0);
    }
}
