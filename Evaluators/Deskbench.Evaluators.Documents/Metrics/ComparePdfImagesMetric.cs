using Deskbench.Evaluators.Documents.Imaging;
using Deskbench.Evaluators.Documents.Pdf;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>compare_pdf_images(pdf1, pdf2)</c> (chrome.py): the images of both PDFs, in order; a different count scores 0, none
/// in either scores 1, else the share of pairs whose perceptual hashes differ by at most 5 bits. Missing paths or files
/// score 0, as does a PDF that cannot be read (OSWorld catches extraction errors).
/// </summary>
public sealed class ComparePdfImagesMetric : IMetric
{
    public string Name => "compare_pdf_images";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var path1 = PythonValues.AsString(call.Result);
        var path2 = PythonValues.AsString(call.RequireExpected(Name));
        if (string.IsNullOrEmpty(path1) || string.IsNullOrEmpty(path2) || !File.Exists(path1) || !File.Exists(path2))
        {
            return ValueTask.FromResult(0.0);
        }

        IReadOnlyList<RasterImage> images1;
        IReadOnlyList<RasterImage> images2;
        try
        {
            images1 = PdfImages.Extract(Name, path1);
            images2 = PdfImages.Extract(Name, path2);
        }
        catch (DocumentReadException)
        {
            return ValueTask.FromResult(0.0);
        }

        if (images1.Count != images2.Count)
        {
            return ValueTask.FromResult(0.0);
        }

        if (images1.Count == 0)
        {
            return ValueTask.FromResult(1.0);
        }

        var close = images1.Zip(images2).Count(p => PerceptualHash.Distance(PerceptualHash.Compute(p.First), PerceptualHash.Compute(p.Second)) <= 5);
        return ValueTask.FromResult((double)close / images1.Count);
    }
}
