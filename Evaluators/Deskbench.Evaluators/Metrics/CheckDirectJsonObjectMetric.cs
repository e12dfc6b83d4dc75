using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>check_direct_json_object(result, rules)</c>. A string result is stripped, has every <c>'</c> replaced by <c>"</c> and is
/// parsed as JSON (a parse error raises, as in OSWorld); None → 0. Any expected value <c>"__EVALUATION_FAILED__"</c> → 0.
/// Default mode: every key of <c>rules["expected"]</c> must equal the result's value (with <c>ignore_list_order</c> read,
/// as OSWorld does, from inside <c>expected</c>). With <c>rules["expect_in_result"]</c>: a list expected value passes when one
/// of its items is in (list) or equals (str) the result's value; a str expected value must be a substring of it.
/// Any error while comparing scores 0.
/// </summary>
public sealed class CheckDirectJsonObjectMetric : IMetric
{
    private const string EvaluationFailedMarker = "__EVALUATION_FAILED__";

    public string Name => "check_direct_json_object";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rules = call.RequireExpected(Name);
        var result = call.Result;
        if (PythonValues.AsString(result) is { } text)
        {
            result = JsonNode.Parse(PythonText.Strip(text).Replace('\'', '"'));
        }

        if (result is null)
        {
            return ValueTask.FromResult(0.0);
        }

        try
        {
            return ValueTask.FromResult(Compare(result, rules) ? 1.0 : 0.0);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ValueTask.FromResult(0.0);
        }
    }

    private static bool Compare(JsonNode result, JsonNode? rules)
    {
        var expectedOrEmpty = PythonIndexing.Get(rules, "expected", new JsonObject());
        if (PythonValues.IsTruthy(expectedOrEmpty) && AsDict(expectedOrEmpty).Any(pair =>
                PythonEquality.AreEqual(pair.Value, JsonValue.Create(EvaluationFailedMarker))))
        {
            return false;
        }

        var expected = AsDict(PythonIndexing.GetItem(rules, "expected"));
        return PythonValues.IsTruthy(PythonIndexing.Get(rules, "expect_in_result", JsonValue.Create(false)))
            ? ExpectInResult(expected, result)
            : ExpectEqual(expected, result);
    }

    private static bool ExpectEqual(JsonObject expected, JsonNode actual)
    {
        var ignoreListOrder = PythonValues.IsTruthy(PythonIndexing.Get(expected, "ignore_list_order", JsonValue.Create(false)));
        foreach (var (key, expectedValue) in expected)
        {
            var actualValue = PythonIndexing.Get(actual, key);
            var equal = ignoreListOrder
                ? PythonEquality.AreEqual(Sorted(expectedValue), Sorted(actualValue))
                : PythonEquality.AreEqual(expectedValue, actualValue);
            if (!equal)
            {
                return false;
            }
        }

        return true;
    }

    private static bool ExpectInResult(JsonObject expected, JsonNode actual)
    {
        foreach (var (key, expectedValue) in expected)
        {
            var actualValue = PythonIndexing.Get(actual, key);
            switch (PythonValues.TypeOf(expectedValue))
            {
                case PythonType.List:
                    var found = ((JsonArray)expectedValue!).Any(candidate => PythonValues.TypeOf(actualValue) switch
                    {
                        PythonType.List => PythonOperators.Contains(actualValue, candidate),
                        PythonType.Str => PythonEquality.AreEqual(candidate, actualValue),
                        _ => false,
                    });
                    if (!found)
                    {
                        return false;
                    }

                    break;
                case PythonType.Str:
                    if (!PythonOperators.Contains(actualValue, expectedValue))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>Python's <c>sorted(x)</c> of a list (or the characters of a str, or the keys of a dict).</summary>
    private static JsonArray Sorted(JsonNode? value)
    {
        var items = PythonIndexing.Iterate(value).ToList();
        // List.Sort is not stable but equal elements are interchangeable for the equality that follows.
        items.Sort(PythonOperators.Compare);
        return [.. items.Select(item => item?.DeepClone())];
    }

    private static JsonObject AsDict(JsonNode? value) => value as JsonObject
        ?? throw PythonErrorException.AttributeError($"'{PythonOperators.Describe(value)}' object has no attribute 'keys'");
}
