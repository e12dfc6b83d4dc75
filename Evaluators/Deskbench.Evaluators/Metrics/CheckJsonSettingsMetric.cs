using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>check_json_settings(actual, expected, **options)</c> (vscode.py): a falsy path → 0; a file that cannot be read or
/// parsed as JSON → 0; else 1 when every key of <c>expected["expected"]</c> is in the file's object with an equal value.
/// </summary>
public sealed class CheckJsonSettingsMetric : IMetric
{
    public string Name => "check_json_settings";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var expected = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result))
        {
            return ValueTask.FromResult(0.0);
        }

        JsonNode? data;
        try
        {
            data = JsonNode.Parse(PythonText.ReadText(PythonIndexing.AsPath(call.Result)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or DecoderFallbackException
            or PythonErrorException or ArgumentException)
        {
            return ValueTask.FromResult(0.0);
        }

        var expect = PythonIndexing.GetItem(expected, "expected");
        if (expect is not JsonObject pairs)
        {
            throw PythonErrorException.AttributeError($"'{PythonOperators.Describe(expect)}' object has no attribute 'items'");
        }

        foreach (var (key, value) in pairs)
        {
            var name = JsonValue.Create(key);
            if (!PythonOperators.Contains(data, name) || !PythonEquality.AreEqual(PythonIndexing.GetItem(data, name), value))
            {
                return ValueTask.FromResult(0.0);
            }
        }

        return ValueTask.FromResult(1.0);
    }
}
