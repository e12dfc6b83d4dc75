using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.Vlc;

/// <summary>
/// <c>compare_videos(video_path1, video_path2, max_frames_to_check=100, threshold=5)</c>: compares the first frames of both
/// videos (decoded by ffmpeg) by perceptual hash (imagehash's phash: 32×32 grayscale, DCT, 8×8 low frequencies against
/// their median). A frame pair whose hashes differ in more than <c>threshold</c> bits is a mismatch; more than
/// <c>threshold</c> mismatches → 0. When one video ends before the other within the checked frames → 0; otherwise 1.
/// A falsy path scores 0.
/// </summary>
public sealed class CompareVideosMetric : IMetric
{
    private const int HashSide = 32;

    public string Name => "compare_videos";

    public async ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name, "max_frames_to_check", "threshold");
        var other = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result) || !PythonValues.IsTruthy(other))
        {
            return 0.0;
        }

        var maxFrames = (int)PythonValues.GetInteger(call.Option("max_frames_to_check") ?? 100);
        var threshold = (int)PythonValues.GetInteger(call.Option("threshold") ?? 5);
        var first = await FfmpegDecoder.DecodeGrayFramesAsync(PythonIndexing.AsPath(call.Result), HashSide, maxFrames, cancellationToken) ?? [];
        var second = await FfmpegDecoder.DecodeGrayFramesAsync(PythonIndexing.AsPath(other), HashSide, maxFrames, cancellationToken) ?? [];
        var mismatches = 0;
        for (var i = 0; i < maxFrames; i++)
        {
            if (i >= first.Count || i >= second.Count)
            {
                return (i >= first.Count) == (i >= second.Count) ? 1.0 : 0.0;
            }

            if (PerceptualHash.Distance(PerceptualHash.Of(first[i], HashSide), PerceptualHash.Of(second[i], HashSide)) > threshold
                && ++mismatches > threshold)
            {
                return 0.0;
            }
        }

        return 1.0;
    }
}
