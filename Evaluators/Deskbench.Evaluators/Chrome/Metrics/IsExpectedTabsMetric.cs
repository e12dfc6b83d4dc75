using Deskbench.Core.Web;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Chrome.Metrics;

/// <summary>
/// <c>is_expected_tabs(open_tabs, rule)</c>: 0 for a falsy result; with <c>rule.type == "url"</c>, 1 when the tabs' URLs
/// and <c>rule.urls</c> have the same length and every expected URL matches an open one (<c>compare_urls</c>); any other
/// type scores 0.
/// </summary>
public sealed class IsExpectedTabsMetric : IMetric
{
    public string Name => "is_expected_tabs";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result) || PythonValues.AsString(PythonIndexing.GetItem(rule, "type")) != "url")
        {
            return ValueTask.FromResult(0.0);
        }

        var expected = PythonIndexing.Iterate(PythonIndexing.GetItem(rule, "urls")).Select(PythonValues.AsString).ToList();
        var actual = PythonIndexing.Iterate(call.Result).Select(tab => PythonValues.AsString(PythonIndexing.GetItem(tab, "url"))).ToList();
        var equal = ChromeUrlComparison.AreListsEqual(expected, actual, ChromeUrlComparison.CompareUrls);
        return ValueTask.FromResult(equal ? 1.0 : 0.0);
    }
}
