using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.Vlc;

/// <summary>
/// <c>compare_audios(audio_path_1, audio_path_2)</c>: both files are decoded by ffmpeg to mono at 22050 Hz (librosa.load's
/// default), their MFCCs (<see cref="Mfcc"/>) are normalised per coefficient by the largest magnitude, aligned by dynamic
/// time warping with the cosine distance between frames, and the score is <c>exp(-distance / path length)</c>. A falsy
/// path scores 0; two undecodable or empty files score 1, one scores 0. Unlike OSWorld's <c>fastdtw</c> (an approximation
/// of DTW), the alignment is exact, so the distance is never larger than OSWorld's.
/// </summary>
public sealed class CompareAudiosMetric : IMetric
{
    private const int SampleRate = 22050;

    public string Name => "compare_audios";

    public async ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var other = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result) || !PythonValues.IsTruthy(other))
        {
            return 0.0;
        }

        var first = await FfmpegDecoder.DecodeAudioAsync(PythonIndexing.AsPath(call.Result), SampleRate, cancellationToken);
        var second = await FfmpegDecoder.DecodeAudioAsync(PythonIndexing.AsPath(other), SampleRate, cancellationToken);
        var firstBad = first is not { Length: > 0 };
        var secondBad = second is not { Length: > 0 };
        if (firstBad || secondBad)
        {
            return firstBad && secondBad ? 1.0 : 0.0;
        }

        var a = Frames(Mfcc.Compute(first!, SampleRate));
        var b = Frames(Mfcc.Compute(second!, SampleRate));
        var (distance, length) = Align(a, b, cancellationToken);
        return Math.Exp(-distance / length);
    }

    /// <summary>Per-coefficient max-abs normalisation, then frames as unit vectors (for the cosine distance).</summary>
    private static double[][] Frames(double[][] coefficients)
    {
        foreach (var row in coefficients)
        {
            var max = row.Max(Math.Abs);
            if (max > 1e-38)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] /= max;
                }
            }
        }

        var frames = coefficients[0].Length;
        return [.. Enumerable.Range(0, frames).Select(f =>
        {
            var vector = coefficients.Select(row => row[f]).ToArray();
            var norm = Math.Sqrt(vector.Sum(v => v * v));
            return norm > 0 ? vector.Select(v => v / norm).ToArray() : vector;
        })];
    }

    /// <summary>Exact DTW (steps right, down, diagonal) with two rolling rows; the cost and length of the best path.</summary>
    private static (double Distance, int Length) Align(double[][] a, double[][] b, CancellationToken cancellationToken)
    {
        var previousCost = new double[b.Length];
        var previousLength = new int[b.Length];
        var cost = new double[b.Length];
        var length = new int[b.Length];
        for (var i = 0; i < a.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var j = 0; j < b.Length; j++)
            {
                var d = Cosine(a[i], b[j]);
                if (i == 0 && j == 0)
                {
                    (cost[j], length[j]) = (d, 1);
                    continue;
                }

                var (bestCost, bestLength) = (double.PositiveInfinity, 0);
                if (i > 0 && j > 0 && previousCost[j - 1] < bestCost)
                {
                    (bestCost, bestLength) = (previousCost[j - 1], previousLength[j - 1]);
                }

                if (i > 0 && previousCost[j] < bestCost)
                {
                    (bestCost, bestLength) = (previousCost[j], previousLength[j]);
                }

                if (j > 0 && cost[j - 1] < bestCost)
                {
                    (bestCost, bestLength) = (cost[j - 1], length[j - 1]);
                }

                (cost[j], length[j]) = (bestCost + d, bestLength + 1);
            }

            (previousCost, cost) = (cost, previousCost);
            (previousLength, length) = (length, previousLength);
        }

        return (previousCost[^1], previousLength[^1]);
    }

    private static double Cosine(double[] x, double[] y)
    {
        var dot = 0.0;
        for (var k = 0; k < x.Length; k++)
        {
            dot += x[k] * y[k];
        }

        return x.All(v => v == 0) || y.All(v => v == 0) ? 1.0 : 1.0 - dot;
    }
}
