using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Documents.Tests.Support;

/// <summary>Calls a metric as OSWorld's evaluator would.</summary>
public static class Metric
{
    public static double Score(IMetric metric, string? result, string? expected, string optionsJson = "{}") =>
        metric.EvaluateAsync(
            new MetricCall(result is null ? null : JsonValue.Create(result), expected is null ? null : JsonValue.Create(expected), expected is not null, (JsonObject)JsonNode.Parse(optionsJson)!),
            TestContext.Current.CancellationToken).AsTask().GetAwaiter().GetResult();

    public static double Score(IMetric metric, JsonNode? result, JsonNode? expected, string optionsJson = "{}") =>
        metric.EvaluateAsync(
            new MetricCall(result, expected, true, (JsonObject)JsonNode.Parse(optionsJson)!),
            TestContext.Current.CancellationToken).AsTask().GetAwaiter().GetResult();
}
