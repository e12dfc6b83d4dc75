using Deskbench.Evaluators.Documents.Imaging;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>check_brightness_decrease_and_structure_sim(src, tgt, threshold=0.03)</c> (gimp.py): 1 when the result (src) is
/// darker than the original (tgt) and, after both are normalised to mean brightness 128, their RGB MSE is below the
/// threshold. A None path scores 0.
/// </summary>
public sealed class CheckBrightnessDecreaseAndStructureSimMetric : IMetric
{
    public string Name => "check_brightness_decrease_and_structure_sim";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name, "threshold");
        var source = PythonValues.AsString(call.Result);
        var target = PythonValues.AsString(call.RequireExpected(Name));
        if (source is null || target is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var threshold = call.Option("threshold") is { } t ? PythonValues.GetFloat(t) : 0.03;
        var image1 = RasterImage.Load(Name, source);
        var image2 = RasterImage.Load(Name, target);
        var darker = ImageMetricsSupport.Brightness(image2) > ImageMetricsSupport.Brightness(image1);
        return ValueTask.FromResult(darker && ImageMetricsSupport.StructureSameByMse(image1, image2, threshold) ? 1.0 : 0.0);
    }
}
