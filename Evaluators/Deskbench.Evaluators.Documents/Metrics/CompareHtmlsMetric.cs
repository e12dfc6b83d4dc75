using AngleSharp.Dom;
using Deskbench.Evaluators.Documents.Html;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>compare_htmls(html_path1, html_path2, ignore_sdnum=None, **options)</c> (chrome.py): parses both files and walks
/// their nodes pairwise in document order, stopping at the shorter walk. A pair of non-elements must be equal strings;
/// an element must meet an element with the same name, the same stripped <c>.text</c> and the same attributes (with
/// <c>ignore_sdnum</c> truthy, attributes are compared without <c>sdnum</c>). Any mismatch scores 0, else 1. Other
/// options are accepted and ignored, as OSWorld's <c>**options</c> does.
/// </summary>
/// <remarks>
/// OSWorld parses with BeautifulSoup over lxml (libxml2's HTML parser); here AngleSharp's HTML5 parser builds the tree.
/// Both files go through the same parser, so equal documents stay equal and differing text, names or attributes still
/// differ; only how malformed markup is repaired can differ from libxml2.
/// </remarks>
public sealed class CompareHtmlsMetric : IMetric
{
    public string Name => "compare_htmls";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var expected = call.RequireExpected(Name);
        var ignoreSdnum = PythonValues.IsTruthy(call.Option("ignore_sdnum"));
        var first = HtmlDocuments.Parse(PythonText.ReadText(PythonIndexing.AsPath(call.Result)));
        var second = HtmlDocuments.Parse(PythonText.ReadText(PythonIndexing.AsPath(expected)));
        using var left = SoupNodes.Descendants(first).GetEnumerator();
        using var right = SoupNodes.Descendants(second).GetEnumerator();
        while (left.MoveNext() && right.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!Same(left.Current, right.Current, ignoreSdnum))
            {
                return ValueTask.FromResult(0.0);
            }
        }

        return ValueTask.FromResult(1.0);
    }

    private static bool Same(INode first, INode second, bool ignoreSdnum)
    {
        if (first is not IElement one || second is not IElement two)
        {
            return first is not IElement && second is not IElement
                && string.Equals(SoupNodes.StringValue(first), SoupNodes.StringValue(second), StringComparison.Ordinal);
        }

        if (!string.Equals(one.LocalName, two.LocalName, StringComparison.Ordinal)
            || !string.Equals(SoupNodes.StrippedText(one), SoupNodes.StrippedText(two), StringComparison.Ordinal))
        {
            return false;
        }

        var attributes1 = SoupNodes.Attributes(one);
        var attributes2 = SoupNodes.Attributes(two);
        if (SameEntries(attributes1, attributes2))
        {
            return true;
        }

        if (!ignoreSdnum)
        {
            return false;
        }

        attributes1.Remove("sdnum");
        attributes2.Remove("sdnum");
        return SameEntries(attributes1, attributes2);
    }

    private static bool SameEntries(Dictionary<string, string> first, Dictionary<string, string> second) =>
        first.Count == second.Count
        && first.All(entry => second.TryGetValue(entry.Key, out var value) && string.Equals(value, entry.Value, StringComparison.Ordinal));
}
