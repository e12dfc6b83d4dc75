using System.Globalization;
using Deskbench.Evaluators.Documents.Ocr;

namespace Deskbench.Evaluators.Documents.Tests.Ocr;

/// <summary>The tesseract runner's limits, driven by a stand-in program that never answers (a real process).</summary>
public sealed class TesseractOcrTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("deskbench-ocr-runner-").FullName;

    private string PidFile => Path.Combine(folder, "pid");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_run_longer_than_the_timeout_is_killed_and_reported()
    {
        var ocr = new TesseractOcr(HangingProgram(), timeout: TimeSpan.FromMilliseconds(500));

        var error = await Assert.ThrowsAsync<TimeoutException>(() =>
            ocr.ReadTextAsync("compare_image_text", "/home/user/Desktop/ls.png", [1, 2, 3], TestContext.Current.CancellationToken));

        Assert.Contains("compare_image_text", error.Message, StringComparison.Ordinal);
        Assert.Contains("/home/user/Desktop/ls.png", error.Message, StringComparison.Ordinal);
        await AssertKilledAsync();
    }

    [Fact]
    public async Task Cancelling_the_evaluation_kills_the_run()
    {
        var ocr = new TesseractOcr(HangingProgram());
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ocr.ReadTextAsync("compare_image_text", "ls.png", [1, 2, 3], cancellation.Token));

        await AssertKilledAsync();
    }

    private string HangingProgram()
    {
        var script = Path.Combine(folder, "fake-tesseract");
        File.WriteAllText(script, $"#!/bin/sh\necho $$ > '{PidFile}'\nexec sleep 60\n");
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("the stand-in program is a POSIX shell script (Linux only)");
        }
        else
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return script;
    }

    private async Task AssertKilledAsync()
    {
        var pid = int.Parse(File.ReadAllText(PidFile).Trim(), CultureInfo.InvariantCulture);
        for (var i = 0; i < 40 && Directory.Exists($"/proc/{pid}"); i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.False(Directory.Exists($"/proc/{pid}"), $"the stand-in tesseract (pid {pid}) still runs");
    }
}
