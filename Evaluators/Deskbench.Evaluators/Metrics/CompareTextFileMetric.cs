using System.Text.RegularExpressions;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics;

/// <summary>
/// <c>compare_text_file(actual, expected, **options)</c> (vscode.py): a falsy path → 0; else 1 when the two files' texts
/// are equal. <c>ignore_blanks</c>: tabs/newlines become spaces, the text is stripped and whitespace runs collapse to one
/// space; <c>ignore_case</c>: both are lower-cased. A missing file raises.
/// </summary>
public sealed partial class CompareTextFileMetric : IMetric
{
    public string Name => "compare_text_file";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var expected = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result))
        {
            return ValueTask.FromResult(0.0);
        }

        var actualText = PythonText.ReadText(PythonIndexing.AsPath(call.Result));
        var expectedText = PythonText.ReadText(PythonIndexing.AsPath(expected));
        if (PythonValues.IsTruthy(call.Option("ignore_blanks")))
        {
            actualText = CollapseBlanks(actualText);
            expectedText = CollapseBlanks(expectedText);
        }

        if (PythonValues.IsTruthy(call.Option("ignore_case")))
        {
            actualText = actualText.ToLowerInvariant();
            expectedText = expectedText.ToLowerInvariant();
        }

        return ValueTask.FromResult(string.Equals(actualText, expectedText, StringComparison.Ordinal) ? 1.0 : 0.0);
    }

    private static string CollapseBlanks(string text) =>
        Whitespace().Replace(PythonText.Strip(TabOrNewline().Replace(text, " ")), " ");

    [GeneratedRegex(@"[\t\n]")]
    private static partial Regex TabOrNewline();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
