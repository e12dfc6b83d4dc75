using System.Diagnostics;
using System.Text.Json.Nodes;
using Deskbench.Core.Results;
using Deskbench.Harness.Report;
using Deskbench.Harness.Results;
using Deskbench.Harness.Trajectory;
using Deskbench.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace Deskbench.Report.Tests;

/// <summary>
/// The report of a full-size run — 400 tasks with 50 steps each (20,000 screenshots) — stays light: no giant file, an index
/// that holds no trajectory, and pages that load one screenshot at a time (checked in Chromium by counting requests).
/// </summary>
public sealed class LargeRunReportTests : IDisposable
{
    private const int TaskCount = 400;
    private const int StepsPerTask = 50;
    private const string ChromiumPath = "/usr/bin/chromium";
    private static readonly string[] Domains = ["chrome", "gimp", "libreoffice_calc", "multi_apps", "os", "vlc", "vs_code", "thunderbird"];

    private readonly string _root = Directory.CreateTempSubdirectory("deskbench-large-report-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_400_task_50_step_run_gives_small_files_and_pages_that_load_one_screenshot_at_a_time()
    {
        var ct = TestContext.Current.CancellationToken;
        var writing = Stopwatch.StartNew();
        await WriteRunAsync(ct);
        TestContext.Current.TestOutputHelper?.WriteLine($"run written in {writing.Elapsed.TotalSeconds:0.0} s");

        var clock = Stopwatch.StartNew();
        var output = await new ReportGenerator(TestOutputLoggerFactory.Instance, TimeProvider.System).GenerateAsync(_root, null, ct);
        TestContext.Current.TestOutputHelper?.WriteLine($"report of {TaskCount}×{StepsPerTask} steps written in {clock.Elapsed.TotalSeconds:0.0} s");

        clock.Restart();
        var files = Directory.GetFiles(output.Directory, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        var largest = files.MaxBy(f => f.Length)!;
        Assert.True(largest.Length < 512 * 1024, $"{largest.FullName} is {largest.Length} bytes");
        var index = files.Single(f => f.Name == "index.js");
        Assert.True(index.Length < 250 * TaskCount, $"index.js is {index.Length} bytes for {TaskCount} tasks");
        Assert.Equal(TaskCount, files.Count(f => f.Name.EndsWith(".data.js", StringComparison.Ordinal)));
        // Screenshots are linked from the results folder, never copied into the site.
        Assert.DoesNotContain(files, f => f.Extension == ".png");

        TestContext.Current.TestOutputHelper?.WriteLine($"files checked in {clock.ElapsedMilliseconds} ms");
        if (!File.Exists(ChromiumPath))
        {
            Assert.Skip($"{ChromiumPath} is missing (apt-get install chromium); the browser half of this test cannot run");
        }

        clock.Restart();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        TestContext.Current.TestOutputHelper?.WriteLine($"browser started in {clock.ElapsedMilliseconds} ms");
        var images = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith(".png", StringComparison.Ordinal))
            {
                images.Add(request.Url);
            }
        };
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);

        clock.Restart();
        await page.GotoAsync(new Uri(output.IndexPath).AbsoluteUri);
        Assert.Equal($"{TaskCount} of {TaskCount} tasks", await page.Locator("#task-count").InnerTextAsync());
        TestContext.Current.TestOutputHelper?.WriteLine($"index with {TaskCount} tasks loaded in {clock.ElapsedMilliseconds} ms");
        Assert.Empty(images);

        clock.Restart();
        await page.Locator("#task-list tbody tr a").First.ClickAsync();
        await page.Locator("#step-list li").Nth(StepsPerTask - 1).WaitForAsync();
        Assert.Equal(StepsPerTask, await page.Locator("#step-list li").CountAsync());
        TestContext.Current.TestOutputHelper?.WriteLine($"task page loaded in {clock.ElapsedMilliseconds} ms");
        Assert.Single(images);
        await page.ClickAsync("#next-step");
        await page.WaitForFunctionAsync("() => document.getElementById('shot').complete");
        Assert.Equal(2, images.Distinct().Count());
        Assert.Empty(pageErrors);
    }

    /// <summary>Writes the run through the real <see cref="ResultStore"/>: run.json, and per task 50 traj lines with screenshots and a result.</summary>
    private async Task WriteRunAsync(CancellationToken ct)
    {
        var png = Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");
        var store = new ResultStore(_root, new RunKey("pyautogui", "screenshot", "scale"), NullLogger<ResultStore>.Instance);
        var started = DateTimeOffset.Parse("2026-11-26T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var tasks = new List<RunManifestTask>();
        for (var t = 0; t < TaskCount; t++)
        {
            var domain = Domains[t % Domains.Length];
            var id = $"task-{t:D4}";
            tasks.Add(new RunManifestTask(id, domain, "sha256:scale", Path.Combine(_root, "tasks", id + ".json")));
            var folder = store.PrepareTaskFolder(domain, id);
            // The recorder's own files, written here without its per-file fsync (20,000 of them would make a slow test).
            var lines = new List<string>(StepsPerTask);
            for (var s = 1; s <= StepsPerTask; s++)
            {
                var entry = new TrajectoryEntry(s, started.AddSeconds(s), JsonValue.Create($"pyautogui.click({s * 10}, {s * 5})"),
                    "I look at the screen and click the next button in the dialog.", s == StepsPerTask, new JsonObject());
                await File.WriteAllBytesAsync(Path.Combine(folder.Path, entry.ScreenshotFile), png, ct);
                lines.Add(entry.ToJson().ToJsonString());
            }

            await File.WriteAllLinesAsync(folder.TrajectoryPath, lines, ct);

            await store.WriteResultAsync(folder, new EpisodeResult
            {
                TaskId = id,
                Domain = domain,
                Status = EpisodeStatus.Scored,
                Score = t % 3 == 0 ? 1.0 : 0.0,
                Steps = StepsPerTask,
                Actions = StepsPerTask,
                StartedAt = started,
                FinishedAt = started.AddSeconds(StepsPerTask),
            }, ct);
        }

        await store.WriteManifestAsync(new RunManifest
        {
            RunId = "scale",
            StartedAt = started,
            Status = "finished",
            Agent = "scripted",
            Provider = "local",
            ObservationType = "screenshot",
            ActionSpace = "pyautogui",
            MaxSteps = StepsPerTask,
            DeskbenchVersion = "test",
            Machine = MachineInfo.Current(),
            Tasks = tasks,
        }, ct);
    }
}
