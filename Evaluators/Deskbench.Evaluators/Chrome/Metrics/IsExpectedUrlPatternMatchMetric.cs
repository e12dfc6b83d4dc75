using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Chrome.Metrics;

/// <summary>
/// <c>is_expected_url_pattern_match(result, rules)</c>: 0 for a falsy result or one that is neither a URL nor a dict with
/// <c>url</c>; otherwise 1 when every regex of <c>rules.expected</c> is found (<c>re.search</c>) in the URL.
/// </summary>
public sealed class IsExpectedUrlPatternMatchMetric : IMetric
{
    public string Name => "is_expected_url_pattern_match";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rules = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result))
        {
            return ValueTask.FromResult(0.0);
        }

        var url = call.Result switch
        {
            JsonObject tab when tab.ContainsKey("url") => PythonValues.AsString(tab["url"]),
            var other => PythonValues.AsString(other),
        };
        if (url is null)
        {
            return ValueTask.FromResult(0.0);
        }

        foreach (var pattern in PythonIndexing.Iterate(PythonIndexing.GetItem(rules, "expected")))
        {
            var regex = PythonValues.AsString(pattern) ?? throw PythonErrorException.TypeError("first argument must be string or compiled pattern");
            if (!PythonRegex.Search(regex, url))
            {
                return ValueTask.FromResult(0.0);
            }
        }

        return ValueTask.FromResult(1.0);
    }
}
