namespace Deskbench.Evaluators.OmniAct.Scoring;

/// <summary>
/// The official "dynamic Dirichlet L2" click penalty: d/(d+μ), where d is the distance from the predicted point to the
/// box edge (0 inside or on the edge) and μ is the box diagonal. The paper describes μ differently; the code uses the
/// diagonal itself, so a larger box is penalised less. This follows the code.
/// </summary>
internal static class ClickPenalty
{
    public static double Compute(OmniActBox box, double x, double y)
    {
        var width = box.Right - box.Left;
        var height = box.Bottom - box.Top;
        var (centreX, centreY) = box.Centre;
        var dx = Math.Abs(centreX - x) - (width * 0.5);
        var dy = Math.Abs(centreY - y) - (height * 0.5);
        var distance = Math.Sqrt((Math.Max(dx, 0) * Math.Max(dx, 0)) + (Math.Max(dy, 0) * Math.Max(dy, 0)));
        var diagonal = Math.Sqrt((width * width) + (height * height));
        return 1 - (diagonal / (distance + diagonal));
    }

    /// <summary>The box whose centre equals the gold point exactly (official <c>get_bounds</c>), or null.</summary>
    public static OmniActBox? FindBoxCentredAt(IReadOnlyList<OmniActBox> boxes, double x, double y)
    {
        foreach (var box in boxes)
        {
            var (centreX, centreY) = box.Centre;
            // Exact equality is the official rule: gold points are box centres.
            if (centreX == x && centreY == y)
            {
                return box;
            }
        }

        return null;
    }
}
