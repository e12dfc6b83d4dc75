using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>check_moved_jpgs(directory_list, rule)</c> (basic_os.py): the names of the <c>list_directory</c> tree's children must
/// be as many as <c>rule["expected"]</c> and the same set. A None tree raises, as in OSWorld.
/// </summary>
public sealed class CheckMovedJpgsMetric : IMetric
{
    public string Name => "check_moved_jpgs";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        var expected = PythonIndexing.Iterate(PythonIndexing.GetItem(rule, "expected")).ToList();
        var moved = PythonIndexing.Iterate(PythonIndexing.GetItem(call.Result, "children"))
            .Select(node => PythonIndexing.GetItem(node, "name"))
            .ToList();
        if (moved.Count != expected.Count)
        {
            return ValueTask.FromResult(0.0);
        }

        var sameSet = moved.All(name => expected.Any(e => PythonEquality.AreEqual(name, e)))
            && expected.All(e => moved.Any(name => PythonEquality.AreEqual(name, e)));
        return ValueTask.FromResult(sameSet ? 1.0 : 0.0);
    }
}
