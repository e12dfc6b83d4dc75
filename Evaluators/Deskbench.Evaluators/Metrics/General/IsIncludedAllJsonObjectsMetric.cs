using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.General;

/// <summary>
/// <c>is_included_all_json_objects(gold_file_path, result_file_path)</c>: note the order: the metric's first argument
/// (the task's result) is the gold file. 1 when every key of the first file's JSON object is in the second's with an equal
/// value. A falsy path → 0; unreadable JSON raises.
/// </summary>
public sealed class IsIncludedAllJsonObjectsMetric : IMetric
{
    public string Name => "is_included_all_json_objects";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var second = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result) || !PythonValues.IsTruthy(second))
        {
            return ValueTask.FromResult(0.0);
        }

        var gold = Load(call.Result);
        var result = Load(second);
        foreach (var (key, value) in gold)
        {
            if (!result.TryGetPropertyValue(key, out var other) || !PythonEquality.AreEqual(value, other))
            {
                return ValueTask.FromResult(0.0);
            }
        }

        return ValueTask.FromResult(1.0);
    }

    private JsonObject Load(JsonNode? path) =>
        JsonNode.Parse(PythonText.ReadText(PythonIndexing.AsPath(path))) as JsonObject
        ?? throw PythonErrorException.AttributeError($"{Name}: the JSON file does not hold an object (no attribute 'keys')");
}
