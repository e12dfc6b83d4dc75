using System.Text.Json.Nodes;

namespace Deskbench.Evaluators.Tests.Support;

/// <summary>Calls a metric the way the evaluator does, from JSON text.</summary>
public static class Metric
{
    /// <summary>JSON text to a node (<c>"null"</c> is None).</summary>
    public static JsonNode? Json(string json) => JsonNode.Parse(json);

    /// <summary><c>metric(result, expected, **options)</c>.</summary>
    public static async Task<double> ScoreAsync(IMetric metric, JsonNode? result, JsonNode? expected, string options = "{}") =>
        await metric.EvaluateAsync(
            new MetricCall(result, expected, true, JsonNode.Parse(options)!.AsObject()), TestContext.Current.CancellationToken);

    /// <summary><c>metric(result, expected, **options)</c> with both values given as JSON text.</summary>
    public static Task<double> ScoreJsonAsync(IMetric metric, string result, string expected, string options = "{}") =>
        ScoreAsync(metric, Json(result), Json(expected), options);

    /// <summary>A string node (e.g. a file path).</summary>
    public static JsonNode Text(string value) => JsonValue.Create(value);
}
