namespace Deskbench.Evaluators.Metrics.Vlc;

/// <summary>An in-place radix-2 complex FFT (the length must be a power of two).</summary>
internal static class Fft
{
    public static void Transform(double[] re, double[] im)
    {
        var n = re.Length;
        for (int i = 1, j = 0; i < n; i++)
        {
            var bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1)
            {
                j ^= bit;
            }

            j ^= bit;
            if (i < j)
            {
                (re[i], re[j]) = (re[j], re[i]);
                (im[i], im[j]) = (im[j], im[i]);
            }
        }

        for (var length = 2; length <= n; length <<= 1)
        {
            var angle = -2 * Math.PI / length;
            var (wRe, wIm) = (Math.Cos(angle), Math.Sin(angle));
            for (var i = 0; i < n; i += length)
            {
                var (curRe, curIm) = (1.0, 0.0);
                for (var k = 0; k < length / 2; k++)
                {
                    var (aRe, aIm) = (re[i + k], im[i + k]);
                    var bRe = (re[i + k + (length / 2)] * curRe) - (im[i + k + (length / 2)] * curIm);
                    var bIm = (re[i + k + (length / 2)] * curIm) + (im[i + k + (length / 2)] * curRe);
                    (re[i + k], im[i + k]) = (aRe + bRe, aIm + bIm);
                    (re[i + k + (length / 2)], im[i + k + (length / 2)]) = (aRe - bRe, aIm - bIm);
                    (curRe, curIm) = ((curRe * wRe) - (curIm * wIm), (curRe * wIm) + (curIm * wRe));
                }
            }
        }
    }
}
