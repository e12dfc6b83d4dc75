using System.Text.Json.Nodes;
using Deskbench.Evaluators.Documents.Tests.Support;

namespace Deskbench.Evaluators.Documents.Tests.Ocr;

/// <summary>
/// OSWorld task 02ce9a50 (multi_apps: "save a screenshot of <c>ls</c> in a terminal as ~/Desktop/ls.png") scored through its
/// own evaluator block: each <c>vm_file</c> result and <c>rule</c> expected value through the built-in getters, then
/// <c>compare_image_text</c>, combined with its <c>or</c>.
/// </summary>
public sealed class CompareImageTextTaskTests(OcrImageFixture images) : IClassFixture<OcrImageFixture>, IDisposable
{
    private const string TaskFile = "osworld/examples/multi_apps/02ce9a50-7af2-47ed-8596-af0c230501f8.json";
    private const string ScreenshotPath = "/home/user/Desktop/ls.png";

    private readonly GetterBed bed = new();

    public void Dispose() => bed.Dispose();

    [Fact]
    public async Task The_task_passes_for_a_terminal_listing_and_fails_for_other_text_or_no_file()
    {
        images.Require();
        Assert.Equal(0.0, await ScoreTaskAsync());

        File.Copy(images.PathOf("other.png"), bed.GuestFile(ScreenshotPath), overwrite: true);
        Assert.Equal(0.0, await ScoreTaskAsync());

        File.Copy(images.PathOf("terminal.png"), bed.GuestFile(ScreenshotPath), overwrite: true);
        Assert.Equal(1.0, await ScoreTaskAsync());

        File.Copy(images.PathOf("terminal-dump.png"), bed.GuestFile(ScreenshotPath), overwrite: true);
        Assert.Equal(1.0, await ScoreTaskAsync());
    }

    [Fact]
    public async Task The_task_passes_for_an_xwd_screenshot_of_a_real_xterm_that_ran_ls()
    {
        images.Require();
        DesktopTier.RequireXvfb();
        DesktopTier.RequireCommands("xterm", "xwd");
        var ct = TestContext.Current.CancellationToken;
        var home = Path.Combine(bed.Home, "listing");
        foreach (var folder in new[] { "Desktop", "Documents", "Downloads", "Music", "Pictures", "Public", "Templates", "Videos" })
        {
            Directory.CreateDirectory(Path.Combine(home, folder));
        }

        await using var display = await XvfbDisplay.StartAsync(new XvfbDisplayOptions { Width = 1280, Height = 720 }, ct);
        await using var terminal = DesktopApp.Start(
            display,
            "xterm",
            ["-geometry", "100x24+40+40", "-fa", "DejaVu Sans Mono", "-fs", "13", "-title", "ocr-terminal", "-e", "sh", "-c",
             "printf 'user@user-virtual-machine:~$ ls\\n'; ls; sleep 60"],
            workingDirectory: home);
        await terminal.WaitForWindowTitledAsync("ocr-terminal", cancellationToken: ct);
        await Task.Delay(TimeSpan.FromMilliseconds(700), ct);

        var grab = await Tool.RunAsync("xwd", ["-root", "-silent", "-display", display.Name, "-out", bed.GuestFile(ScreenshotPath)], cancellationToken: ct);
        Assert.True(grab.Succeeded, grab.StandardError);

        Assert.Equal(1.0, await ScoreTaskAsync());
    }

    /// <summary>The task's evaluator block: funcs[i](result[i], expected[i]) under its conj ("or": the best score).</summary>
    private async Task<double> ScoreTaskAsync()
    {
        var evaluator = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(SharedSuites.Require(), TaskFile)))!["evaluator"]!;
        Assert.Equal("or", (string?)evaluator["conj"]);
        var funcs = evaluator["func"]!.AsArray();
        var getters = GetterRegistry.CreateDefault();
        var best = 0.0;
        for (var i = 0; i < funcs.Count; i++)
        {
            var resultSpec = evaluator["result"]![i]!;
            var expectedSpec = evaluator["expected"]![i]!;
            Assert.True(getters.TryGet((string)resultSpec["type"]!, out var resultGetter));
            Assert.True(getters.TryGet((string)expectedSpec["type"]!, out var expectedGetter));
            var result = await bed.GetAsync(resultGetter, resultSpec.ToJsonString());
            var expected = await bed.GetAsync(expectedGetter, expectedSpec.ToJsonString());
            var metric = DocumentMetrics.All.Single(m => m.Name == (string?)funcs[i]);
            best = Math.Max(best, await metric.EvaluateAsync(MetricCall.Of(result, expected), TestContext.Current.CancellationToken));
            if (best == 1.0)
            {
                break;
            }
        }

        return best;
    }
}
