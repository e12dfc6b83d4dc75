using Deskbench.Evaluators.Documents.WordProcessing;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary><c>compare_docx_files(file1, file2, **options)</c> (docs.py); see <see cref="DocxFileComparison"/>.</summary>
public sealed class CompareDocxFilesMetric : IMetric
{
    public string Name => "compare_docx_files";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var expected = call.RequireExpected(Name);
        return ValueTask.FromResult(DocxFileComparison.Compare(Name, PythonValues.AsString(call.Result), PythonValues.AsString(expected), call));
    }
}
