using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.General;

/// <summary>
/// <c>compare_python_pure_text(py_file_path, gold_file_path)</c>: 1 when both files are equal after a light normalisation:
/// shebang/coding lines among the first three are dropped, blank lines are dropped, tabs expand to 4 columns and trailing
/// blanks are removed. A falsy path, or a file that is missing or not UTF-8, scores 0.
/// </summary>
public sealed class ComparePythonPureTextMetric : IMetric
{
    public string Name => "compare_python_pure_text";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var gold = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result) || !PythonValues.IsTruthy(gold))
        {
            return ValueTask.FromResult(0.0);
        }

        try
        {
            var user = Normalize(PythonText.ReadText(PythonIndexing.AsPath(call.Result)));
            var expected = Normalize(PythonText.ReadText(PythonIndexing.AsPath(gold)));
            return ValueTask.FromResult(user == expected ? 1.0 : 0.0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            return ValueTask.FromResult(0.0);
        }
    }

    private static string Normalize(string text)
    {
        var lines = PythonText.SplitLines(text);
        var i = 0;
        while (i < lines.Count && i < 3)
        {
            var stripped = PythonText.Strip(lines[i]);
            if (!(stripped.StartsWith("#!", StringComparison.Ordinal) || stripped.StartsWith("# -*- coding:", StringComparison.Ordinal)
                  || stripped.StartsWith("# coding:", StringComparison.Ordinal) || stripped.StartsWith("# coding=", StringComparison.Ordinal)))
            {
                break;
            }

            i++;
        }

        return string.Join('\n', lines.Skip(i).Where(line => PythonText.Strip(line).Length > 0).Select(line => ExpandTabs(line).TrimEnd()));
    }

    /// <summary>Python's <c>str.expandtabs(4)</c>.</summary>
    private static string ExpandTabs(string line)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in line)
        {
            if (c == '\t')
            {
                builder.Append(' ', 4 - (builder.Length % 4));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
