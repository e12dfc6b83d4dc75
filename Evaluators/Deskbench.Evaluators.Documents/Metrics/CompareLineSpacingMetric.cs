using Deskbench.Evaluators.Documents.WordProcessing;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>compare_line_spacing(file1, file2)</c> (docs.py): compare_docx_files with its defaults must pass, then every body
/// paragraph pair must have the same python-docx line spacing (a multiple, a fixed length or None).
/// </summary>
public sealed class CompareLineSpacingMetric : IMetric
{
    public string Name => "compare_line_spacing";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var file1 = PythonValues.AsString(call.Result);
        var file2 = PythonValues.AsString(call.RequireExpected(Name));
        if (string.IsNullOrEmpty(file1) || string.IsNullOrEmpty(file2) || DocxFileComparison.Compare(Name, file1, file2) == 0)
        {
            return ValueTask.FromResult(0.0);
        }

        var doc1 = DocxDocument.Open(Name, file1);
        var doc2 = DocxDocument.Open(Name, file2);
        var same = doc1.Paragraphs.Count == doc2.Paragraphs.Count
            && doc1.Paragraphs.Zip(doc2.Paragraphs).All(p => Equals(p.First.LineSpacing, p.Second.LineSpacing));
        return ValueTask.FromResult(same ? 1.0 : 0.0);
    }
}
