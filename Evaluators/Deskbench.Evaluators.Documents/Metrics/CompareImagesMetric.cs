using Deskbench.Evaluators.Documents.Imaging;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>compare_images(image1, image2, reference_base_result=None)</c> (vlc.py): both converted to PIL grayscale, resized to
/// the smaller size (quirk: Python's tuple min, i.e. by width first), then skimage SSIM. With a base score b the result is
/// (ssim − b)/(1 − b) when ssim ≥ b + 0.01, else 0. A missing path scores 0.
/// </summary>
public sealed class CompareImagesMetric : IMetric
{
    public string Name => "compare_images";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var path1 = PythonValues.AsString(call.Result);
        var path2 = PythonValues.AsString(call.RequireExpected(Name));
        if (string.IsNullOrEmpty(path1) || string.IsNullOrEmpty(path2))
        {
            return ValueTask.FromResult(0.0);
        }

        var image1 = RasterImage.Load(Name, path1);
        var image2 = RasterImage.Load(Name, path2);
        var (width, height) = Comparer<(int, int)>.Default.Compare((image1.Width, image1.Height), (image2.Width, image2.Height)) <= 0
            ? (image1.Width, image1.Height)
            : (image2.Width, image2.Height);
        image1 = image1.Resize(width, height);
        image2 = image2.Resize(width, height);
        var similarity = StructuralSimilarity.Compute(image1.ToGray(), image2.ToGray(), width, height);
        if (call.Option("reference_base_result") is { } baseNode && PythonValues.IsNumeric(baseNode))
        {
            var baseScore = PythonValues.GetFloat(baseNode);
            return ValueTask.FromResult(similarity >= baseScore + 0.01 ? (similarity - baseScore) / (1 - baseScore) : 0.0);
        }

        return ValueTask.FromResult(similarity);
    }
}
