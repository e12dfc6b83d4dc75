using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Chrome.Metrics;

/// <summary>
/// <c>check_history_deleted(history_data, rule)</c> on the <c>history</c> rows: with <c>rule.type == "keywords"</c>, 0 when
/// any keyword is a substring of a row's URL (column 0), else 1; other types raise TypeError.
/// </summary>
public sealed class CheckHistoryDeletedMetric : IMetric
{
    public string Name => "check_history_deleted";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        var type = PythonIndexing.GetItem(rule, "type");
        if (PythonValues.AsString(type) != "keywords")
        {
            throw ChromeRuleValues.NotSupported(type);
        }

        var urls = PythonIndexing.Iterate(call.Result).Select(row => PythonIndexing.GetItem(row, 0)).ToList();
        foreach (var keyword in PythonIndexing.Iterate(PythonIndexing.GetItem(rule, "keywords")))
        {
            if (urls.Any(url => PythonOperators.Contains(url, keyword)))
            {
                return ValueTask.FromResult(0.0);
            }
        }

        return ValueTask.FromResult(1.0);
    }
}
