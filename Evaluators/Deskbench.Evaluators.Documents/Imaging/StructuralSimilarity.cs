namespace Deskbench.Evaluators.Documents.Imaging;

/// <summary>
/// scikit-image's <c>structural_similarity</c> with its defaults for 8-bit input: a uniform 7×7 window, K1 = 0.01,
/// K2 = 0.03, data range 255, sample covariance (N/(N−1)), the mean over pixels whose window lies inside the image
/// (skimage crops (win−1)/2 from each border), and for several channels the mean of the channel SSIMs.
/// </summary>
internal static class StructuralSimilarity
{
    public static double Compute(byte[] first, byte[] second, int width, int height, int window = 7)
    {
        if (first.Length != width * height || second.Length != first.Length)
        {
            throw new ArgumentException("the two images must have the same size");
        }

        if (width < window || height < window)
        {
            throw new ArgumentException($"win_size exceeds image extent ({width}×{height} < {window})");
        }

        var stride = width + 1;
        var sums = new double[5][];
        for (var k = 0; k < 5; k++)
        {
            sums[k] = new double[(height + 1) * stride];
        }

        for (var y = 0; y < height; y++)
        {
            double rx = 0, ry = 0, rxx = 0, ryy = 0, rxy = 0;
            for (var x = 0; x < width; x++)
            {
                double a = first[(y * width) + x];
                double b = second[(y * width) + x];
                rx += a;
                ry += b;
                rxx += a * a;
                ryy += b * b;
                rxy += a * b;
                var at = ((y + 1) * stride) + x + 1;
                var above = (y * stride) + x + 1;
                sums[0][at] = sums[0][above] + rx;
                sums[1][at] = sums[1][above] + ry;
                sums[2][at] = sums[2][above] + rxx;
                sums[3][at] = sums[3][above] + ryy;
                sums[4][at] = sums[4][above] + rxy;
            }
        }

        const double range = 255.0;
        var c1 = Math.Pow(0.01 * range, 2);
        var c2 = Math.Pow(0.03 * range, 2);
        double n = window * window;
        var covarianceNorm = n / (n - 1);
        var pad = (window - 1) / 2;
        var total = 0.0;
        long count = 0;
        for (var y = pad; y < height - pad; y++)
        {
            for (var x = pad; x < width - pad; x++)
            {
                var top = y - pad;
                var left = x - pad;
                double Box(double[] s) =>
                    s[((top + window) * stride) + left + window] - s[(top * stride) + left + window]
                    - s[((top + window) * stride) + left] + s[(top * stride) + left];
                var ux = Box(sums[0]) / n;
                var uy = Box(sums[1]) / n;
                var vx = covarianceNorm * ((Box(sums[2]) / n) - (ux * ux));
                var vy = covarianceNorm * ((Box(sums[3]) / n) - (uy * uy));
                var vxy = covarianceNorm * ((Box(sums[4]) / n) - (ux * uy));
                total += ((2 * ux * uy) + c1) * ((2 * vxy) + c2) / (((ux * ux) + (uy * uy) + c1) * (vx + vy + c2));
                count++;
            }
        }

        return total / count;
    }

    /// <summary>The mean SSIM over the R, G and B channels (skimage's <c>channel_axis=2</c>).</summary>
    public static double ComputeRgb(RasterImage first, RasterImage second, int window = 7) =>
        Enumerable.Range(0, 3).Average(c => Compute(first.Channel(c), second.Channel(c), first.Width, first.Height, window));
}
