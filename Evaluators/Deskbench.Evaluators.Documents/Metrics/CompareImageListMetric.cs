using Deskbench.Evaluators.Documents.Imaging;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Metrics;

/// <summary>
/// <c>compare_image_list(pred, gold)</c> (gimp.py): 1 only when every predicted image equals its gold image pixel for pixel
/// (the prediction resized to the gold size first). A single path is a one-item list; a missing path scores 0.
/// </summary>
public sealed class CompareImageListMetric : IMetric
{
    public string Name => "compare_image_list";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var expected = call.RequireExpected(Name);
        var predicted = call.Result is System.Text.Json.Nodes.JsonArray ? PythonIndexing.Iterate(call.Result).ToList() : [call.Result];
        var gold = call.Result is System.Text.Json.Nodes.JsonArray ? PythonIndexing.Iterate(expected).ToList() : [expected];
        foreach (var (p, g) in predicted.Zip(gold))
        {
            var predPath = PythonValues.AsString(p);
            var goldPath = PythonValues.AsString(g);
            if (string.IsNullOrEmpty(predPath) || string.IsNullOrEmpty(goldPath))
            {
                return ValueTask.FromResult(0.0);
            }

            var goldImage = RasterImage.Load(Name, goldPath);
            var predImage = RasterImage.Load(Name, predPath).Resize(goldImage.Width, goldImage.Height);
            var channels = goldImage.HasAlpha ? 4 : 3;
            for (var i = 0; i < goldImage.Rgba.Length; i++)
            {
                if (i % 4 < channels && goldImage.Rgba[i] != predImage.Rgba[i])
                {
                    return ValueTask.FromResult(0.0);
                }
            }
        }

        return ValueTask.FromResult(1.0);
    }
}
