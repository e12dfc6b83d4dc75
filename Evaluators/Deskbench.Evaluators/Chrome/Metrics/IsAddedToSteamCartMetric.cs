using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Chrome.Metrics;

/// <summary><c>is_added_to_steam_cart(active_tab_info, rule)</c>: 1 when every string of <c>rule.items</c> is in the page's <c>content</c>.</summary>
public sealed class IsAddedToSteamCartMetric : IMetric
{
    public string Name => "is_added_to_steam_cart";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        var items = PythonIndexing.Iterate(PythonIndexing.GetItem(rule, "items")).ToList();
        var content = PythonIndexing.GetItem(call.Result, "content");
        return ValueTask.FromResult(items.All(item => PythonOperators.Contains(content, item)) ? 1.0 : 0.0);
    }
}
