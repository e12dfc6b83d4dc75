namespace Deskbench.Evaluators.Documents.Imaging;

/// <summary>
/// imagehash's <c>phash</c> (hash_size 8, highfreq_factor 4): the grayscale image resized to 32×32, a 2-D DCT-II, the
/// top-left 8×8 coefficients compared with their median. The difference of two hashes is their Hamming distance.
/// (imagehash resizes with LANCZOS, this with a cubic filter; hashes can differ in a bit or two on busy images.)
/// </summary>
internal static class PerceptualHash
{
    private const int Size = 32;
    private const int HashSize = 8;

    public static bool[] Compute(RasterImage image)
    {
        var gray = image.Resize(Size, Size).ToGray();
        var pixels = new double[Size, Size];
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                pixels[y, x] = gray[(y * Size) + x];
            }
        }

        var rows = Dct(pixels, alongRows: false);
        var both = Dct(rows, alongRows: true);
        var low = new double[HashSize * HashSize];
        for (var y = 0; y < HashSize; y++)
        {
            for (var x = 0; x < HashSize; x++)
            {
                low[(y * HashSize) + x] = both[y, x];
            }
        }

        var sorted = low.Order().ToArray();
        var median = (sorted[(low.Length / 2) - 1] + sorted[low.Length / 2]) / 2;
        return [.. low.Select(v => v > median)];
    }

    public static int Distance(bool[] first, bool[] second) => first.Zip(second).Count(p => p.First != p.Second);

    /// <summary>scipy.fftpack.dct type II (unnormalised) along axis 0 (columns) or axis 1 (rows).</summary>
    private static double[,] Dct(double[,] input, bool alongRows)
    {
        var output = new double[Size, Size];
        for (var a = 0; a < Size; a++)
        {
            for (var k = 0; k < Size; k++)
            {
                var sum = 0.0;
                for (var n = 0; n < Size; n++)
                {
                    var value = alongRows ? input[a, n] : input[n, a];
                    sum += value * Math.Cos(Math.PI * k * ((2 * n) + 1) / (2.0 * Size));
                }

                if (alongRows)
                {
                    output[a, k] = 2 * sum;
                }
                else
                {
                    output[k, a] = 2 * sum;
                }
            }
        }

        return output;
    }
}
