using System.Text.Json.Nodes;

namespace Deskbench.Evaluators;

/// <summary>
/// The arguments of one metric call, as OSWorld makes it: <c>metric(result, expected, **options)</c> when the task has an
/// expected value (<see cref="HasExpected"/>), else <c>metric(result, **options)</c>.
/// </summary>
public sealed record MetricCall(JsonNode? Result, JsonNode? Expected, bool HasExpected, JsonObject Options)
{
    /// <summary>A call with only a result (no expected value, no options).</summary>
    public static MetricCall ResultOnly(JsonNode? result) => new(result, null, false, []);

    /// <summary>A call with a result, an expected value and options.</summary>
    public static MetricCall Of(JsonNode? result, JsonNode? expected, JsonObject? options = null) =>
        new(result, expected, true, options ?? []);

    /// <summary>
    /// The second positional argument (OSWorld's <c>rules</c>/<c>expected</c>); throws like Python's missing-argument
    /// TypeError when the task gave none.
    /// </summary>
    public JsonNode? RequireExpected(string metricName) =>
        HasExpected
            ? Expected
            : throw new MetricArgumentException($"{metricName}() missing 1 required positional argument (the expected value)");

    /// <summary>The keyword option <paramref name="name"/>, or null when absent.</summary>
    public JsonNode? Option(string name) => Options.TryGetPropertyValue(name, out var value) ? value : null;

    /// <summary>True when the option is present.</summary>
    public bool HasOption(string name) => Options.ContainsKey(name);

    /// <summary>
    /// Throws like Python's "unexpected keyword argument" TypeError when an option is not a parameter of the metric
    /// (OSWorld passes options as <c>**kwargs</c>).
    /// </summary>
    public void RejectUnknownOptions(string metricName, params string[] parameters)
    {
        foreach (var (name, _) in Options)
        {
            if (!parameters.Contains(name, StringComparer.Ordinal))
            {
                throw new MetricArgumentException($"{metricName}() got an unexpected keyword argument '{name}'");
            }
        }
    }
}
