using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;
using Deskbench.Evaluators.Text;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>fuzzy_match(result, rules)</c>: <c>rapidfuzz.fuzz.ratio(result, rules["expected"]) / 100</c> — the normalized Indel
/// similarity of the two strings (0 when either is None; lists compare element-wise).
/// </summary>
public sealed class FuzzyMatchMetric : IMetric
{
    public string Name => "fuzzy_match";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var expected = PythonIndexing.GetItem(call.RequireExpected(Name), "expected");
        return ValueTask.FromResult(Ratio(call.Result, expected) / 100.0);
    }

    /// <summary><c>fuzz.ratio(a, b)</c> in [0, 100].</summary>
    public static double Ratio(JsonNode? left, JsonNode? right)
    {
        if (left is null || right is null)
        {
            return 0.0;
        }

        if (PythonValues.AsString(left) is { } l && PythonValues.AsString(right) is { } r)
        {
            return FuzzRatio.Ratio(l, r);
        }

        return FuzzRatio.Ratio(AsSequence(left), AsSequence(right), PythonEqualityComparer.Instance);
    }

    private static List<JsonNode?> AsSequence(JsonNode node) => PythonValues.TypeOf(node) is PythonType.List or PythonType.Str
        ? [.. PythonIndexing.Iterate(node)]
        : throw PythonErrorException.TypeError($"object of type '{PythonOperators.Describe(node)}' has no len()");
}
