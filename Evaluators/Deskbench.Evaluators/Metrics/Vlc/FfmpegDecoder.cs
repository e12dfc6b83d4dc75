using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Deskbench.Evaluators.Metrics.Vlc;

/// <summary>Decodes media with the <c>ffmpeg</c> program (Debian package <c>ffmpeg</c>) into raw samples or frames.</summary>
internal static class FfmpegDecoder
{
    /// <summary>Mono float samples at <paramref name="sampleRate"/>; null when ffmpeg cannot decode the file.</summary>
    public static async Task<float[]?> DecodeAudioAsync(string path, int sampleRate, CancellationToken cancellationToken)
    {
        var bytes = await RunAsync(
            ["-v", "error", "-nostdin", "-i", path, "-vn", "-ac", "1", "-ar", sampleRate.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "f32le", "-"],
            cancellationToken);
        return bytes is null ? null : MemoryMarshal.Cast<byte, float>(bytes).ToArray();
    }

    /// <summary>Up to <paramref name="maxFrames"/> frames, each a <paramref name="size"/>² grayscale image (Lanczos-scaled).</summary>
    public static async Task<IReadOnlyList<byte[]>?> DecodeGrayFramesAsync(string path, int size, int maxFrames, CancellationToken cancellationToken)
    {
        var bytes = await RunAsync(
            ["-v", "error", "-nostdin", "-i", path, "-an", "-frames:v", maxFrames.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "-vf", $"scale={size}:{size}:flags=lanczos,format=gray", "-f", "rawvideo", "-pix_fmt", "gray", "-"],
            cancellationToken);
        if (bytes is null)
        {
            return null;
        }

        var frameSize = size * size;
        return [.. Enumerable.Range(0, bytes.Length / frameSize).Select(i => bytes.AsSpan(i * frameSize, frameSize).ToArray())];
    }

    private static async Task<byte[]?> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("ffmpeg is not installed (apt-get install ffmpeg)", ex);
        }

        using (process)
        {
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output, cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await Task.WhenAll(copy, errors, process.WaitForExitAsync(cancellationToken));
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            return process.ExitCode == 0 ? output.ToArray() : null;
        }
    }
}
