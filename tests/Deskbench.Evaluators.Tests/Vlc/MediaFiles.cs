using System.Diagnostics;

namespace Deskbench.Evaluators.Tests.Vlc;

/// <summary>Makes real media files with the <c>ffmpeg</c> program (lavfi sources); skips the test when ffmpeg is absent.</summary>
internal static class MediaFiles
{
    public static void RequireFfmpeg()
    {
        if (!File.Exists("/usr/bin/ffmpeg"))
        {
            Assert.Skip("ffmpeg is not installed (apt-get install ffmpeg; scripts/install-debian.sh installs it)");
        }
    }

    /// <summary>Runs <c>ffmpeg -f lavfi -i SOURCE … OUTPUT</c> and returns the output path.</summary>
    public static async Task<string> MakeAsync(string output, string source, params string[] extra)
    {
        RequireFfmpeg();
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-v", "error", "-y", "-f", "lavfi", "-i", source }.Concat(extra).Append(output))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"ffmpeg failed: {errors}");
        return output;
    }
}
