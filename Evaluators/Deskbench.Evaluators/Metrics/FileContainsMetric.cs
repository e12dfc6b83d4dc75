using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>file_contains(file_path, config)</c>: 1 when the text file contains every string of <c>config["expected"]</c>.
/// A falsy path, an unreadable file or any error scores 0 (OSWorld wraps it all in a bare <c>except</c>).
/// </summary>
public sealed class FileContainsMetric : IMetric
{
    public string Name => "file_contains";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var config = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result))
        {
            return ValueTask.FromResult(0.0);
        }

        try
        {
            var content = JsonValue.Create(PythonText.ReadText(PythonIndexing.AsPath(call.Result)));
            var all = PythonIndexing.Iterate(PythonIndexing.GetItem(config, "expected"))
                .All(expected => PythonOperators.Contains(content, expected));
            return ValueTask.FromResult(all ? 1.0 : 0.0);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ValueTask.FromResult(0.0);
        }
    }
}
