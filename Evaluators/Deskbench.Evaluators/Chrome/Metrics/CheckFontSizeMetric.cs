using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Chrome.Metrics;

/// <summary>
/// <c>check_font_size(font_size, rule)</c> on the <c>chrome_font_size</c> dict: <c>default_font_size == rule.value</c>
/// (type <c>value</c>) or <c>rule.min &lt; default_font_size &lt; rule.max</c> (type <c>range</c>); other types raise TypeError.
/// </summary>
public sealed class CheckFontSizeMetric : IMetric
{
    public string Name => "check_font_size";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        var size = PythonIndexing.GetItem(call.Result, "default_font_size");
        var type = PythonIndexing.GetItem(rule, "type");
        var passed = PythonValues.AsString(type) switch
        {
            "value" => PythonEquality.AreEqual(size, PythonIndexing.GetItem(rule, "value")),
            "range" => PythonOperators.Compare(PythonIndexing.GetItem(rule, "min"), size) < 0
                && PythonOperators.Compare(size, PythonIndexing.GetItem(rule, "max")) < 0,
            _ => throw ChromeRuleValues.NotSupported(type),
        };
        return ValueTask.FromResult(passed ? 1.0 : 0.0);
    }
}
