using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.General;

/// <summary>
/// <c>check_config_status(actual_config_path, rule)</c> (gimp.py, on GIMP's text <c>gimprc</c>): skipping comment and empty
/// lines, each line is stripped of its parentheses and split on whitespace; 1 when some line's first word is
/// <c>rule["key"]</c> (or its first two words are the two-item <c>rule["key"]</c>) and its last word is
/// <c>rule["value"]</c>. None → 0; a missing file raises.
/// </summary>
public sealed class CheckConfigStatusMetric : IMetric
{
    public string Name => "check_config_status";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        if (call.Result is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var key = PythonIndexing.GetItem(rule, "key");
        var value = PythonIndexing.GetItem(rule, "value");
        foreach (var line in PythonText.IterateLines(PythonText.ReadText(PythonIndexing.AsPath(call.Result))))
        {
            if (line.StartsWith('#') || line == "\n")
            {
                continue;
            }

            var items = PythonText.Strip(line).TrimStart('(').TrimEnd(')', '\n').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (items.Length == 0)
            {
                continue;
            }

            var last = PythonEquality.AreEqual(value, items[^1]);
            var matched = PythonValues.TypeOf(key) switch
            {
                PythonType.Str => PythonEquality.AreEqual(key, items[0]) && last,
                PythonType.List when key!.AsArray().Count == 2 => items.Length > 1
                    && PythonEquality.AreEqual(key[0], items[0]) && PythonEquality.AreEqual(key[1], items[1]) && last,
                _ => false,
            };
            if (matched)
            {
                return ValueTask.FromResult(1.0);
            }
        }

        return ValueTask.FromResult(0.0);
    }
}
