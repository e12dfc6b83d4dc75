using Deskbench.Core.Web;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Chrome.Metrics;

/// <summary>
/// <c>is_expected_active_tab(active_tab_info, rule)</c>: 0 for a falsy result; with <c>rule.type == "url"</c>, 1 when
/// <c>compare_urls(rule.url, url)</c> (the result is a URL or a dict with <c>url</c>); any other type scores 0.
/// </summary>
public sealed class IsExpectedActiveTabMetric : IMetric
{
    public string Name => "is_expected_active_tab";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result))
        {
            return ValueTask.FromResult(0.0);
        }

        if (PythonValues.AsString(PythonIndexing.GetItem(rule, "type")) != "url")
        {
            return ValueTask.FromResult(0.0);
        }

        var expected = PythonValues.AsString(PythonIndexing.GetItem(rule, "url"));
        var actual = ChromeRuleValues.UrlOf(call.Result);
        return ValueTask.FromResult(ChromeUrlComparison.CompareUrls(expected, actual) ? 1.0 : 0.0);
    }
}
