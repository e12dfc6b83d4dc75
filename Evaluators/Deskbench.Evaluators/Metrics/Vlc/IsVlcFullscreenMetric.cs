using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.Vlc;

/// <summary>
/// <c>is_vlc_fullscreen(window_size, screen_size)</c>: 1 when the window's <c>width</c> and <c>height</c> equal the
/// screen's; either None → 0.
/// </summary>
public sealed class IsVlcFullscreenMetric : IMetric
{
    public string Name => "is_vlc_fullscreen";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var screen = call.RequireExpected(Name);
        var window = call.Result;
        if (window is null || screen is null)
        {
            return ValueTask.FromResult(0.0);
        }

        var same = PythonEquality.AreEqual(PythonIndexing.GetItem(window, "width"), PythonIndexing.GetItem(screen, "width"))
            && PythonEquality.AreEqual(PythonIndexing.GetItem(window, "height"), PythonIndexing.GetItem(screen, "height"));
        return ValueTask.FromResult(same ? 1.0 : 0.0);
    }
}
