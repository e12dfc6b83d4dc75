using Deskbench.Evaluators.Documents.Imaging;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>check_structure_sim(src, tgt)</c> (gimp.py): 1 when both images have the same size and their RGB SSIM is at least
/// 0.9. A None path scores 0; any error while reading scores 0 (OSWorld wraps the check in try/except).
/// </summary>
public sealed class CheckStructureSimMetric : IMetric
{
    public string Name => "check_structure_sim";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var source = PythonValues.AsString(call.Result);
        var target = PythonValues.AsString(call.RequireExpected(Name));
        if (source is null || target is null)
        {
            return ValueTask.FromResult(0.0);
        }

        try
        {
            var image1 = RasterImage.Load(Name, source);
            var image2 = RasterImage.Load(Name, target);
            return ValueTask.FromResult(ImageMetricsSupport.StructureSameBySsim(image1, image2) ? 1.0 : 0.0);
        }
        catch (DocumentReadException)
        {
            return ValueTask.FromResult(0.0);
        }
    }
}
