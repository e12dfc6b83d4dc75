using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>check_list(result, rules)</c>: result is a text file path (None → 0). 1 when every regex in <c>rules["expect"]</c>
/// matches (re.search) some line and no regex in <c>rules["unexpect"]</c> matches any line. A missing file raises.
/// </summary>
public sealed class CheckListMetric : IMetric
{
    public string Name => "check_list";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rules = call.RequireExpected(Name);
        if (call.Result is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var expect = Compile(PythonIndexing.Get(rules, "expect", new JsonArray()));
        var unexpect = Compile(PythonIndexing.Get(rules, "unexpect", new JsonArray()));
        var lines = PythonText.IterateLines(PythonText.ReadText(PythonIndexing.AsPath(call.Result)));
        var expectFound = expect.Select(regex => lines.Any(regex.IsMatch)).ToList();
        var unexpectAbsent = lines.All(line => unexpect.All(regex => !regex.IsMatch(line)));
        return ValueTask.FromResult(expectFound.All(found => found) && unexpectAbsent ? 1.0 : 0.0);
    }

    private static List<System.Text.RegularExpressions.Regex> Compile(JsonNode? patterns) =>
        [.. PythonIndexing.Iterate(patterns).Select(pattern => PythonRegex.Compile(
            PythonValues.AsString(pattern) ?? throw PythonErrorException.TypeError("first argument must be string or compiled pattern")))];
}
