using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>literal_match(result, expected, **options)</c>. <c>type="str"</c> (default): <c>str(result) == str(expected)</c>
/// (lower-cased with <c>ignore_case</c>). <c>type="list"</c>: both lists of equal length whose items' <c>str()</c> are equal.
/// Another type raises (NotImplementedError).
/// </summary>
public sealed class LiteralMatchMetric : IMetric
{
    public string Name => "literal_match";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var expected = call.RequireExpected(Name);
        var ignoreCase = PythonValues.IsTruthy(call.Option("ignore_case"));
        var type = call.HasOption("type") ? call.Option("type") : JsonValue.Create("str");
        string Text(JsonNode? node) =>
            ignoreCase ? PythonFormatting.Str(node).ToLowerInvariant() : PythonFormatting.Str(node);

        if (PythonValues.AsString(type) == "str")
        {
            return ValueTask.FromResult(string.Equals(Text(call.Result), Text(expected), StringComparison.Ordinal) ? 1.0 : 0.0);
        }

        if (PythonValues.AsString(type) == "list")
        {
            if (call.Result is not JsonArray result
                || expected is not JsonArray expectedList
                || result.Count != expectedList.Count)
            {
                return ValueTask.FromResult(0.0);
            }

            var equal = result.Select(Text).SequenceEqual(expectedList.Select(Text), StringComparer.Ordinal);
            return ValueTask.FromResult(equal ? 1.0 : 0.0);
        }

        throw new NotSupportedException($"literal_match: type {PythonFormatting.Repr(type)} not supported (NotImplementedError)");
    }
}
