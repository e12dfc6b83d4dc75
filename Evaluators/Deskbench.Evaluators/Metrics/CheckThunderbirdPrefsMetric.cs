using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>check_thunderbird_prefs(result, rule)</c> (thunderbird.py): result is a prefs.js path (None → 0). Each stripped line of
/// the form <c>user_pref("key", value);</c> has its value parsed as JSON; a key of <c>rule["expect"]</c> must match its rule
/// (see <see cref="ValueRuleMatcher"/>, the last occurrence wins, a key never seen fails), a key of <c>rule["unexpect"]</c>
/// must not match. A missing file or a value that is not JSON raises.
/// </summary>
public sealed partial class CheckThunderbirdPrefsMetric : IMetric
{
    public string Name => "check_thunderbird_prefs";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        if (call.Result is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var expectRules = PythonIndexing.Get(rule, "expect", new JsonObject());
        var unexpectRules = PythonIndexing.Get(rule, "unexpect", new JsonObject());
        var expectMetrics = PythonIndexing.Iterate(expectRules).Select(PythonFormatting.Str).ToDictionary(k => k, _ => false, StringComparer.Ordinal);
        var unexpectMetric = true;
        foreach (var line in PythonText.IterateLines(PythonText.ReadText(PythonIndexing.AsPath(call.Result))))
        {
            var match = PrefLine().Match(PythonText.Strip(line));
            if (!match.Success)
            {
                continue;
            }

            var key = match.Groups["key"].Value;
            var value = JsonNode.Parse(match.Groups["val"].Value);
            if (PythonOperators.Contains(expectRules, JsonValue.Create(key)))
            {
                expectMetrics[key] = ValueRuleMatcher.Matches(value, PythonIndexing.GetItem(expectRules, key));
            }
            else if (PythonOperators.Contains(unexpectRules, JsonValue.Create(key)))
            {
                unexpectMetric = unexpectMetric && !ValueRuleMatcher.Matches(value, PythonIndexing.GetItem(unexpectRules, key));
            }
        }

        return ValueTask.FromResult(expectMetrics.Values.All(v => v) && unexpectMetric ? 1.0 : 0.0);
    }

    [GeneratedRegex("""^user_pref\("(?<key>(?:[^"]|\\")+)", (?<val>.+)\);$""")]
    private static partial Regex PrefLine();
}
