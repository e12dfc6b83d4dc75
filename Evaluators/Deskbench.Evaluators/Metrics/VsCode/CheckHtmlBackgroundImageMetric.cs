using System.Text.RegularExpressions;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.VsCode;

/// <summary>
/// <c>check_html_background_image(src_path, rule)</c>: 1 when the text of some <c>&lt;style&gt;</c> element of the HTML file
/// contains <c>background-image: url('&lt;rule["value"]&gt;')</c>. A falsy path → 0; a missing file raises.
/// </summary>
public sealed partial class CheckHtmlBackgroundImageMetric : IMetric
{
    public string Name => "check_html_background_image";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.HasExpected ? call.Expected : null;
        if (!PythonValues.IsTruthy(call.Result))
        {
            return ValueTask.FromResult(0.0);
        }

        var html = PythonText.ReadText(PythonIndexing.AsPath(call.Result));
        var expected = $"background-image: url('{PythonFormatting.Str(PythonIndexing.GetItem(rule, "value"))}')";
        var found = StyleElement().Matches(html).Any(match => match.Groups["css"].Value.Contains(expected, StringComparison.Ordinal));
        return ValueTask.FromResult(found ? 1.0 : 0.0);
    }

    [GeneratedRegex(@"<style\b[^>]*>(?<css>.*?)</style\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}
