using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>check_json_keybindings(actual, expected, **options)</c> (vscode.py): the file is parsed as JSON, or else with its first
/// line skipped (VS Code's comment header); unless one of them gives a list the score is 0. Then 1 when
/// <c>expected["expected"]</c> equals an element of that list.
/// </summary>
public sealed class CheckJsonKeybindingsMetric : IMetric
{
    public string Name => "check_json_keybindings";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var expected = call.RequireExpected(Name);
        var data = Load(call.Result, skipFirstLine: false) as JsonArray ?? Load(call.Result, skipFirstLine: true) as JsonArray;
        if (data is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var wanted = PythonIndexing.GetItem(expected, "expected");
        return ValueTask.FromResult(PythonOperators.Contains(data, wanted) ? 1.0 : 0.0);
    }

    private static JsonNode? Load(JsonNode? path, bool skipFirstLine)
    {
        try
        {
            var text = PythonText.ReadText(PythonIndexing.AsPath(path));
            if (skipFirstLine)
            {
                var newline = text.IndexOf('\n', StringComparison.Ordinal);
                text = newline < 0 ? string.Empty : text[(newline + 1)..];
            }

            return JsonNode.Parse(text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or DecoderFallbackException
            or PythonErrorException or ArgumentException)
        {
            return null;
        }
    }
}
