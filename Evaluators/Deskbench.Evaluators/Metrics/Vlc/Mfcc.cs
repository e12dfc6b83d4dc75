namespace Deskbench.Evaluators.Metrics.Vlc;

/// <summary>
/// MFCCs as librosa computes them by default (<c>librosa.feature.mfcc(y, sr)</c>): centred frames (zero padding) of 2048
/// samples every 512 with a periodic Hann window, power spectrum, 128 Slaney mel filters (Slaney area normalisation),
/// <c>power_to_db</c> (amin 1e-10, top_db 80), orthonormal DCT-II, first 20 coefficients. Returns [coefficient][frame].
/// </summary>
internal static class Mfcc
{
    private const int FftSize = 2048;
    private const int Hop = 512;
    private const int MelCount = 128;
    private const int CoefficientCount = 20;

    public static double[][] Compute(float[] samples, int sampleRate)
    {
        var bins = (FftSize / 2) + 1;
        var filters = MelFilters(sampleRate, bins);
        var window = Enumerable.Range(0, FftSize).Select(n => 0.5 - (0.5 * Math.Cos(2 * Math.PI * n / FftSize))).ToArray();
        var frames = 1 + (samples.Length / Hop);
        var melDb = new double[frames][];
        var re = new double[FftSize];
        var im = new double[FftSize];
        for (var f = 0; f < frames; f++)
        {
            var start = (f * Hop) - (FftSize / 2);
            for (var n = 0; n < FftSize; n++)
            {
                var index = start + n;
                re[n] = index >= 0 && index < samples.Length ? samples[index] * window[n] : 0;
                im[n] = 0;
            }

            Fft.Transform(re, im);
            var mel = new double[MelCount];
            for (var m = 0; m < MelCount; m++)
            {
                var sum = 0.0;
                foreach (var (bin, weight) in filters[m])
                {
                    sum += weight * ((re[bin] * re[bin]) + (im[bin] * im[bin]));
                }

                mel[m] = 10 * Math.Log10(Math.Max(1e-10, sum));
            }

            melDb[f] = mel;
        }

        var top = melDb.Length == 0 ? 0 : melDb.Max(frame => frame.Max());
        var result = new double[CoefficientCount][];
        for (var k = 0; k < CoefficientCount; k++)
        {
            result[k] = new double[frames];
            var scale = k == 0 ? Math.Sqrt(1.0 / MelCount) : Math.Sqrt(2.0 / MelCount);
            for (var f = 0; f < frames; f++)
            {
                var sum = 0.0;
                for (var m = 0; m < MelCount; m++)
                {
                    sum += Math.Max(melDb[f][m], top - 80) * Math.Cos(Math.PI * k * ((2 * m) + 1) / (2.0 * MelCount));
                }

                result[k][f] = scale * sum;
            }
        }

        return result;
    }

    /// <summary>librosa.filters.mel(sr, n_fft=2048, n_mels=128, htk=False, norm="slaney") as sparse rows.</summary>
    private static List<(int Bin, double Weight)>[] MelFilters(int sampleRate, int bins)
    {
        var melMax = HzToMel(sampleRate / 2.0);
        var melPoints = Enumerable.Range(0, MelCount + 2).Select(i => MelToHz(melMax * i / (MelCount + 1))).ToArray();
        var filters = new List<(int, double)>[MelCount];
        for (var m = 0; m < MelCount; m++)
        {
            filters[m] = [];
            var (lower, centre, upper) = (melPoints[m], melPoints[m + 1], melPoints[m + 2]);
            var norm = 2.0 / (upper - lower);
            for (var bin = 0; bin < bins; bin++)
            {
                var hz = (double)bin * sampleRate / FftSize;
                var weight = Math.Max(0, Math.Min((hz - lower) / (centre - lower), (upper - hz) / (upper - centre)));
                if (weight > 0)
                {
                    filters[m].Add((bin, weight * norm));
                }
            }
        }

        return filters;
    }

    private const double LinearStep = 200.0 / 3;
    private const double BreakHz = 1000.0;
    private static readonly double BreakMel = BreakHz / LinearStep;
    private static readonly double LogStep = Math.Log(6.4) / 27.0;

    private static double HzToMel(double hz) =>
        hz >= BreakHz ? BreakMel + (Math.Log(hz / BreakHz) / LogStep) : hz / LinearStep;

    private static double MelToHz(double mel) =>
        mel >= BreakMel ? BreakHz * Math.Exp(LogStep * (mel - BreakMel)) : LinearStep * mel;
}
