using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>is_extension_installed(actual, rules, **options)</c> (vscode.py): <c>rules["type"]</c> <c>contain</c> → 1 when
/// <c>rules["expected"] in actual</c>; <c>not_contain</c> → 1 when it is not; any other type raises NotImplementedError.
/// </summary>
public sealed class IsExtensionInstalledMetric : IMetric
{
    public string Name => "is_extension_installed";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var rules = call.RequireExpected(Name);
        var type = PythonIndexing.GetItem(rules, "type");
        var wanted = PythonIndexing.GetItem(rules, "expected");
        var score = PythonValues.AsString(type) switch
        {
            "contain" => PythonOperators.Contains(call.Result, wanted) ? 1.0 : 0.0,
            "not_contain" => PythonOperators.Contains(call.Result, wanted) ? 0.0 : 1.0,
            _ => throw new NotSupportedException($"{Name}: rules type {PythonFormatting.Repr(type)} is not implemented (NotImplementedError)"),
        };
        return ValueTask.FromResult(score);
    }
}
