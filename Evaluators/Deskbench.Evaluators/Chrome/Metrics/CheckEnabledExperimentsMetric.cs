using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Chrome.Metrics;

/// <summary>
/// <c>check_enabled_experiments(enabled_experiments, rule)</c>: the experiment names (each entry up to its "@") equal
/// <c>rule.names</c>, in order, for <c>rule.type == "names"</c>; other types raise TypeError.
/// </summary>
public sealed class CheckEnabledExperimentsMetric : IMetric
{
    public string Name => "check_enabled_experiments";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        var names = new JsonArray([.. PythonIndexing.Iterate(call.Result).Select(experiment =>
            (JsonNode?)(PythonValues.AsString(experiment) ?? throw PythonErrorException.AttributeError("experiment is not a str")).Split('@')[0])]);
        var type = PythonIndexing.GetItem(rule, "type");
        return PythonValues.AsString(type) == "names"
            ? ValueTask.FromResult(PythonEquality.AreEqual(names, PythonIndexing.GetItem(rule, "names")) ? 1.0 : 0.0)
            : throw ChromeRuleValues.NotSupported(type);
    }
}
