using Deskbench.Evaluators.Documents.Pdf;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>compare_pdfs(pdf1, pdf2)</c> (chrome.py): for each pair (single paths or lists zipped) fuzz.ratio/100 of the two
/// documents' texts, summed and divided by the number of expected files. A pair that fails to read contributes 0, as
/// OSWorld's try/except does (a missing or broken result PDF therefore scores 0).
/// </summary>
public sealed class ComparePdfsMetric : IMetric
{
    public string Name => "compare_pdfs";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var expected = call.RequireExpected(Name);
        List<string?> first;
        List<string?> second;
        if (expected is System.Text.Json.Nodes.JsonArray)
        {
            first = [.. PythonIndexing.Iterate(call.Result).Select(PythonValues.AsString)];
            second = [.. PythonIndexing.Iterate(expected).Select(PythonValues.AsString)];
        }
        else
        {
            first = [PythonValues.AsString(call.Result)];
            second = [PythonValues.AsString(expected)];
        }

        var score = 0.0;
        foreach (var (path1, path2) in first.Zip(second))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (path1 is null || path2 is null)
            {
                continue;
            }

            try
            {
                score += FastFuzzRatio.Ratio(PdfText.Extract(Name, path1), PdfText.Extract(Name, path2)) / 100.0;
            }
            catch (DocumentReadException)
            {
            }
        }

        return ValueTask.FromResult(second.Count == 0 ? 0.0 : score / second.Count);
    }
}
