using System.Text.Json;
using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>check_json(result, rules, is_yaml=False)</c>: result is a JSON (or YAML) file path. For each rule in
/// <c>rules["expect"]</c> the value at <c>key</c> (a list of keys) must match the rule (see <see cref="ValueRuleMatcher"/>);
/// for each rule in <c>rules["unexpect"]</c> it must not (a missing key gives None). A missing or unreadable file, a
/// missing expect key or any error while checking scores 0, as in OSWorld.
/// </summary>
public sealed class CheckJsonMetric : IMetric
{
    public string Name => "check_json";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name, "is_yaml");
        var rules = call.RequireExpected(Name);
        var isYaml = PythonValues.IsTruthy(call.Option("is_yaml"));
        if (call.Result is null || !File.Exists(PythonIndexing.AsPath(call.Result)))
        {
            return ValueTask.FromResult(0.0);
        }

        JsonNode? data;
        try
        {
            var text = PythonText.ReadText(PythonIndexing.AsPath(call.Result));
            data = isYaml ? PythonYaml.SafeLoad(text) : JsonNode.Parse(text);
            if (isYaml && data is null)
            {
                return ValueTask.FromResult(0.0);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ValueTask.FromResult(0.0);
        }

        return ValueTask.FromResult(Check(data, rules) ? 1.0 : 0.0);
    }

    private static bool Check(JsonNode? data, JsonNode? rules)
    {
        var metric = true;
        try
        {
            foreach (var rule in PythonIndexing.Iterate(PythonIndexing.Get(rules, "expect", new JsonObject())))
            {
                var value = data;
                foreach (var key in PythonIndexing.Iterate(PythonIndexing.GetItem(rule, "key")))
                {
                    value = PythonIndexing.GetItem(value, key);
                }

                metric = metric && ValueRuleMatcher.Matches(value, rule);
            }

            foreach (var rule in PythonIndexing.Iterate(PythonIndexing.Get(rules, "unexpect", new JsonObject())))
            {
                var value = data;
                foreach (var key in PythonIndexing.Iterate(PythonIndexing.GetItem(rule, "key")))
                {
                    try
                    {
                        value = PythonIndexing.GetItem(value, key);
                    }
                    catch (PythonErrorException error) when (error.Kind is "KeyError" or "TypeError")
                    {
                        value = null;
                        break;
                    }
                }

                metric = metric && !ValueRuleMatcher.Matches(value, rule);
            }
        }
        catch (Exception ex) when (ex is PythonErrorException or NotSupportedException or FormatException
            or IndexOutOfRangeException or JsonException or ArgumentException or InvalidOperationException)
        {
            return false;
        }

        return metric;
    }
}
