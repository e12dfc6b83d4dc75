using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>check_gnome_favorite_apps(apps_str, rule)</c> (basic_os.py): evaluates the gsettings list literal and scores 1 when it
/// has as many entries as <c>rule["expected"]</c> and the same set. Output that is not a literal raises, as <c>eval</c> does.
/// </summary>
public sealed class CheckGnomeFavoriteAppsMetric : IMetric
{
    public string Name => "check_gnome_favorite_apps";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        var apps = PythonIndexing.Iterate(PythonLiteral.Parse(PythonIndexing.AsPath(call.Result))).ToList();
        var expected = PythonIndexing.Iterate(PythonIndexing.GetItem(rule, "expected")).ToList();
        if (apps.Count != expected.Count)
        {
            return ValueTask.FromResult(0.0);
        }

        var sameSet = apps.All(app => expected.Any(e => PythonEquality.AreEqual(app, e)))
            && expected.All(e => apps.Any(app => PythonEquality.AreEqual(app, e)));
        return ValueTask.FromResult(sameSet ? 1.0 : 0.0);
    }
}
