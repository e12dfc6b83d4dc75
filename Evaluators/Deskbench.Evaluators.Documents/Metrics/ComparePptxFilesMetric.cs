using Deskbench.Evaluators.Documents.Presentations;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>compare_pptx_files(file1, file2, **options)</c> (slides.py): 1 when the two presentations match on every examined
/// aspect (see <see cref="PptxComparer"/>). A None result scores 0; a file that is no presentation is an evaluation error
/// naming it (python-pptx raises in OSWorld).
/// </summary>
public sealed class ComparePptxFilesMetric : IMetric
{
    public string Name => "compare_pptx_files";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var expected = call.RequireExpected(Name);
        var resultPath = PythonValues.AsString(call.Result);
        var expectedPath = PythonValues.AsString(expected);
        if (resultPath is null || expectedPath is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var first = PptxPresentation.Open(Name, resultPath);
        var second = PptxPresentation.Open(Name, expectedPath);
        return ValueTask.FromResult(new PptxComparer(new PptxCompareOptions(call)).AreEqual(first, second) ? 1.0 : 0.0);
    }
}
