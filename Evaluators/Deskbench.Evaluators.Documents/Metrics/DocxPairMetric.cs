using Deskbench.Evaluators.Documents.WordProcessing;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// A docs.py metric of two documents, <c>f(file1, file2)</c>: both must open (else 0), then the comparison scores.
/// Optionally it first applies compare_docx_files with its defaults, as several docs.py metrics do.
/// </summary>
public sealed class DocxPairMetric : IMetric
{
    private readonly Func<DocxDocument, DocxDocument, MetricCall, double> compare;
    private readonly string[] options;
    private readonly bool requireSameText;

    internal DocxPairMetric(string name, Func<DocxDocument, DocxDocument, MetricCall, double> compare, bool requireSameText = false, params string[] options)
    {
        Name = name;
        this.compare = compare;
        this.requireSameText = requireSameText;
        this.options = options;
    }

    public string Name { get; }

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name, options);
        var path1 = PythonValues.AsString(call.Result);
        var path2 = PythonValues.AsString(call.RequireExpected(Name));
        if (string.IsNullOrEmpty(path1) || string.IsNullOrEmpty(path2)
            || (requireSameText && DocxFileComparison.Compare(Name, path1, path2) == 0))
        {
            return ValueTask.FromResult(0.0);
        }

        var first = DocxInputs.Open(Name, path1);
        if (first is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var second = DocxDocument.Open(Name, path2);
        return ValueTask.FromResult(compare(first, second, call));
    }
}
