using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Chrome.Metrics;

/// <summary>
/// <c>is_expected_search_query(active_tab_info, rules)</c>: 0 for a falsy result; 1 when <c>rules.expect.pattern</c> is
/// found (<c>re.search</c>) in the result's <c>url</c>.
/// </summary>
public sealed class IsExpectedSearchQueryMetric : IMetric
{
    public string Name => "is_expected_search_query";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rules = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result))
        {
            return ValueTask.FromResult(0.0);
        }

        var pattern = ChromeRuleValues.RequireString(PythonIndexing.GetItem(rules, "expect"), "pattern");
        var url = PythonValues.AsString(PythonIndexing.GetItem(call.Result, "url"))
            ?? throw PythonErrorException.TypeError("expected string or bytes-like object");
        return ValueTask.FromResult(PythonRegex.Search(pattern, url) ? 1.0 : 0.0);
    }
}
