using System.Text.Json;
using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>compare_config(actual, rules, **options)</c> (vscode.py): a falsy path or a falsy <c>rules["expected"]</c> → 0. With
/// <c>containment_ok</c> (default true): when both texts parse as JSON, 1 if the expected value is a subset of the actual
/// one (dict keys recursively, other values equal); when either does not parse, 1 if the stripped expected text occurs in
/// the file. Without it: 1 when the texts are equal or parse to equal JSON values.
/// </summary>
public sealed class CompareConfigMetric : IMetric
{
    public string Name => "compare_config";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var rules = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result))
        {
            return ValueTask.FromResult(0.0);
        }

        var expectedNode = PythonIndexing.Get(rules, "expected");
        if (!PythonValues.IsTruthy(expectedNode))
        {
            return ValueTask.FromResult(0.0);
        }

        var actualText = PythonText.ReadText(PythonIndexing.AsPath(call.Result));
        var expectedText = PythonValues.AsString(expectedNode);
        var containment = !call.HasOption("containment_ok") || PythonValues.IsTruthy(call.Option("containment_ok"));
        if (containment)
        {
            if (expectedText is not null && TryParse(actualText, out var actualJson) && TryParse(expectedText, out var expectedJson))
            {
                return ValueTask.FromResult(IsSubset(expectedJson, actualJson) ? 1.0 : 0.0);
            }

            // json.loads of a non-str raises TypeError, which OSWorld catches and then strips the expected value.
            var needle = expectedText ?? throw PythonErrorException.AttributeError(
                $"'{PythonOperators.Describe(expectedNode)}' object has no attribute 'strip'");
            return ValueTask.FromResult(actualText.Contains(PythonText.Strip(needle), StringComparison.Ordinal) ? 1.0 : 0.0);
        }

        if (expectedText is not null && string.Equals(actualText, expectedText, StringComparison.Ordinal))
        {
            return ValueTask.FromResult(1.0);
        }

        return ValueTask.FromResult(
            expectedText is not null && TryParse(actualText, out var left) && TryParse(expectedText, out var right)
            && PythonEquality.AreEqual(left, right) ? 1.0 : 0.0);
    }

    private static bool TryParse(string text, out JsonNode? value)
    {
        try
        {
            value = JsonNode.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            value = null;
            return false;
        }
    }

    private static bool IsSubset(JsonNode? expected, JsonNode? actual)
    {
        if (expected is JsonObject expectedObject)
        {
            if (actual is not JsonObject actualObject)
            {
                return false;
            }

            foreach (var (key, value) in expectedObject)
            {
                if (!actualObject.TryGetPropertyValue(key, out var actualValue) || !IsSubset(value, actualValue))
                {
                    return false;
                }
            }

            return true;
        }

        return PythonEquality.AreEqual(expected, actual);
    }
}
