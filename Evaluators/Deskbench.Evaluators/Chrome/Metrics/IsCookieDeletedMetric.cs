using Deskbench.Core.Web;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Chrome.Metrics;

/// <summary>
/// <c>is_cookie_deleted(cookie_data, rule)</c> on the <c>cookie_data</c> rows: with <c>rule.type == "domains"</c>, 0 when
/// any row's host (column 1) matches a domain of <c>rule.domains</c> (<c>compare_urls</c>), else 1; other types raise
/// TypeError, and so does a None result (the Cookies file was missing), as in OSWorld.
/// </summary>
public sealed class IsCookieDeletedMetric : IMetric
{
    public string Name => "is_cookie_deleted";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        var type = PythonIndexing.GetItem(rule, "type");
        if (PythonValues.AsString(type) != "domains")
        {
            throw ChromeRuleValues.NotSupported(type);
        }

        var hosts = PythonIndexing.Iterate(call.Result).Select(row => PythonValues.AsString(PythonIndexing.GetItem(row, 1))).ToList();
        foreach (var domain in PythonIndexing.Iterate(PythonIndexing.GetItem(rule, "domains")).Select(PythonValues.AsString))
        {
            if (hosts.Any(host => ChromeUrlComparison.CompareUrls(domain, host)))
            {
                return ValueTask.FromResult(0.0);
            }
        }

        return ValueTask.FromResult(1.0);
    }
}
