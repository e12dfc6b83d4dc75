using System.Text.RegularExpressions;
using Deskbench.Evaluators.Documents.WordProcessing;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>check_tabstops(file1, file2, word_number_split_by_tabstop=None, index=0)</c> (docs.py): over the non-blank
/// paragraphs (same count), optionally each of the first document's paragraphs must have the given number of words in
/// tab-separated part <c>index</c>; then the paragraphs' own tab stops (ignoring "clear" and left stops at 0) must pair
/// up with equal alignments, and the score is 1 − the mean, per paragraph, of the summed position differences divided by
/// the second document's first-section text width.
/// </summary>
public sealed partial class CheckTabstopsMetric : IMetric
{
    public string Name => "check_tabstops";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name, "word_number_split_by_tabstop", "index");
        var path1 = PythonValues.AsString(call.Result);
        var path2 = PythonValues.AsString(call.RequireExpected(Name));
        if (string.IsNullOrEmpty(path1) || string.IsNullOrEmpty(path2) || DocxInputs.Open(Name, path1) is not { } doc1)
        {
            return ValueTask.FromResult(0.0);
        }

        var doc2 = DocxDocument.Open(Name, path2);
        var para1 = doc1.Paragraphs.Where(p => p.Text.Trim().Length > 0).ToList();
        var para2 = doc2.Paragraphs.Where(p => p.Text.Trim().Length > 0).ToList();
        if (para1.Count != para2.Count)
        {
            return ValueTask.FromResult(0.0);
        }

        if (call.Option("word_number_split_by_tabstop") is { } numberNode && PythonValues.IsNumeric(numberNode))
        {
            var number = (int)PythonValues.GetInteger(numberNode);
            var index = call.Option("index") is { } i ? (int)PythonValues.GetInteger(i) : 0;
            foreach (var paragraph in para1)
            {
                var splits = paragraph.Text.Split('\t');
                var part = index >= 0 && index < splits.Length ? splits[index] : throw PythonErrorException.IndexError("list index out of range");
                if (Whitespace().Split(part).Count(w => w.Trim().Length > 0) != number)
                {
                    return ValueTask.FromResult(0.0);
                }
            }
        }

        var width = doc2.FirstSectionTextWidth ?? throw new DocumentReadException(Name, path2, "the document has no section (IndexError in OSWorld)");
        var minus = 0.0;
        foreach (var (p1, p2) in para1.Zip(para2))
        {
            var tabs1 = p1.TabStops.Where(Kept).ToList();
            var tabs2 = p2.TabStops.Where(Kept).ToList();
            if (tabs1.Count != tabs2.Count || tabs1.Zip(tabs2).Any(t => t.First.Alignment != t.Second.Alignment))
            {
                return ValueTask.FromResult(0.0);
            }

            minus += tabs1.Zip(tabs2).Sum(t => Math.Abs(t.First.Position - t.Second.Position)) / (double)width;
        }

        if (para1.Count == 0)
        {
            throw new DivideByZeroException("check_tabstops: no non-blank paragraphs (division by zero in OSWorld)");
        }

        return ValueTask.FromResult(1 - (minus / para1.Count));
    }

    private static bool Kept((string Alignment, long Position) tab) =>
        !(tab.Alignment == "clear" || (tab.Alignment is "left" or "start" && tab.Position == 0));

    [GeneratedRegex(@"\s")]
    private static partial Regex Whitespace();
}
