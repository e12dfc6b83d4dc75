using Deskbench.Core.Web;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Chrome.Metrics;

/// <summary>
/// <c>is_expected_active_tab_approximate(active_tab_info, rule)</c>: like <c>is_expected_active_tab</c> but the URLs are
/// compared exactly after removing their query (<c>urlunparse(urlparse(u)._replace(query=""))</c>), not normalised.
/// </summary>
public sealed class IsExpectedActiveTabApproximateMetric : IMetric
{
    public string Name => "is_expected_active_tab_approximate";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result) || PythonValues.AsString(PythonIndexing.GetItem(rule, "type")) != "url")
        {
            return ValueTask.FromResult(0.0);
        }

        var expected = ChromeRuleValues.RequireString(rule, "url");
        var actual = ChromeRuleValues.UrlOf(call.Result)
            ?? throw PythonErrorException.TypeError("the active tab has no URL string to parse");
        return ValueTask.FromResult(StripQuery(expected) == StripQuery(actual) ? 1.0 : 0.0);
    }

    private static string StripQuery(string url) => (PythonUrl.Parse(url) with { Query = "" }).Unparse();
}
