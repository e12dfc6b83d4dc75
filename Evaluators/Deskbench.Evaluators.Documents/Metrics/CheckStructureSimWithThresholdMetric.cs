using Deskbench.Evaluators.Documents.Imaging;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>check_structure_sim_with_threshold(src, tgt, ssim_threshold=0.85)</c> (gimp.py): the source resized to the target's
/// size when they differ, then RGB SSIM (window 7, or the largest odd size that fits a small image) at least the
/// threshold. Any failure scores 0, as OSWorld catches everything here.
/// </summary>
public sealed class CheckStructureSimWithThresholdMetric : IMetric
{
    public string Name => "check_structure_sim_with_threshold";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        var source = PythonValues.AsString(call.Result);
        var target = PythonValues.AsString(call.RequireExpected(Name));
        if (source is null || target is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var threshold = call.Option("ssim_threshold") is { } t && PythonValues.IsNumeric(t) ? PythonValues.GetFloat(t) : 0.85;
        try
        {
            var other = RasterImage.Load(Name, target);
            var image = RasterImage.Load(Name, source).Resize(other.Width, other.Height);
            var smallest = Math.Min(image.Width, image.Height);
            var window = smallest >= 7 ? 7 : (smallest % 2 == 1 ? smallest : smallest - 1);
            if (window < 1)
            {
                return ValueTask.FromResult(0.0);
            }

            var similarity = StructuralSimilarity.ComputeRgb(image, other, window);
            return ValueTask.FromResult(similarity >= threshold ? 1.0 : 0.0);
        }
        catch (Exception ex) when (ex is DocumentReadException or ArgumentException)
        {
            return ValueTask.FromResult(0.0);
        }
    }
}
