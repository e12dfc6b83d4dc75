namespace Deskbench.Evaluators.Metrics.Vlc;

/// <summary>imagehash's <c>phash</c> (hash_size 8, highfreq_factor 4) of an already scaled grayscale square image.</summary>
internal static class PerceptualHash
{
    private const int HashSize = 8;

    public static bool[] Of(byte[] pixels, int side)
    {
        // Separable DCT-II (scipy.fftpack.dct, unnormalised: the scale does not change the comparison with the median).
        var rows = new double[side, side];
        for (var y = 0; y < side; y++)
        {
            for (var k = 0; k < HashSize; k++)
            {
                var sum = 0.0;
                for (var x = 0; x < side; x++)
                {
                    sum += pixels[(y * side) + x] * Math.Cos(Math.PI * k * ((2 * x) + 1) / (2.0 * side));
                }

                rows[y, k] = 2 * sum;
            }
        }

        var low = new double[HashSize * HashSize];
        for (var k = 0; k < HashSize; k++)
        {
            for (var col = 0; col < HashSize; col++)
            {
                var sum = 0.0;
                for (var y = 0; y < side; y++)
                {
                    sum += rows[y, col] * Math.Cos(Math.PI * k * ((2 * y) + 1) / (2.0 * side));
                }

                low[(k * HashSize) + col] = 2 * sum;
            }
        }

        var sorted = low.Order().ToArray();
        var median = (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        return [.. low.Select(value => value > median)];
    }

    public static int Distance(bool[] first, bool[] second) => first.Zip(second).Count(pair => pair.First != pair.Second);
}
