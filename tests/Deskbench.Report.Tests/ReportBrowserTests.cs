using Deskbench.Harness.Report;
using Deskbench.Testing;
using Microsoft.Playwright;

namespace Deskbench.Report.Tests;

/// <summary>
/// The generated site in a real browser: Playwright drives Debian's Chromium (<c>/usr/bin/chromium</c>, never a
/// downloaded browser) over file:// URLs.
/// </summary>
public sealed class ReportBrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";

    [Fact]
    public async Task The_site_shows_totals_filters_tasks_and_steps_through_a_trajectory()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Skip($"{ChromiumPath} is missing (apt-get install chromium); the browser tier cannot run");
        }

        var ct = TestContext.Current.CancellationToken;
        using var sample = await SampleResults.CreateAsync(ct);
        var output = await new ReportGenerator(TestOutputLoggerFactory.Instance, TimeProvider.System).GenerateAsync(sample.Root, null, ct);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);

        await page.GotoAsync(new Uri(output.IndexPath).AbsoluteUri);

        // The summary's total row: 4 tasks, 2 scored, success 1.
        var total = await page.Locator("#summary-0 tfoot tr.total td").AllInnerTextsAsync();
        Assert.Equal(["4", "2", "1", "50.0%", "25.0%"], total.Take(5));
        var rows = page.Locator("#task-list tbody tr");
        Assert.Equal(4, await rows.CountAsync());
        Assert.Equal("4 of 4 tasks", await page.Locator("#task-count").InnerTextAsync());
        Assert.True(PixelStatistics.Variance(await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true })) > 100, "the index page renders blank");

        // Filters: by domain, by outcome, by score, and the search box.
        await page.SelectOptionAsync("#filter-domain", "beta");
        Assert.Equal(2, await rows.CountAsync());
        await page.SelectOptionAsync("#filter-outcome", "agent_error");
        Assert.Equal(1, await rows.CountAsync());
        Assert.Contains(SampleResults.ErrorTaskId, await rows.First.InnerTextAsync(), StringComparison.Ordinal);
        await page.SelectOptionAsync("#filter-domain", "");
        await page.SelectOptionAsync("#filter-outcome", "");
        await page.SelectOptionAsync("#filter-score", "success");
        Assert.Equal(1, await rows.CountAsync());
        await page.SelectOptionAsync("#filter-score", "");
        await page.FillAsync("#search", "pwned");
        Assert.Equal(1, await rows.CountAsync());

        // Open the task: its instruction is shown as text, nothing in it ran.
        await page.ClickAsync($"#task-list a:text-is('{SampleResults.ScriptTaskId}')");
        await page.WaitForURLAsync($"**/tasks/alpha/{SampleResults.ScriptTaskId}.html");
        Assert.Equal(SampleResults.HostileInstruction, await page.Locator("#instruction").InnerTextAsync());
        Assert.Equal("lazy", await page.Locator("#shot").GetAttributeAsync("loading"));

        // Step through the trajectory: each step shows its own screenshot, response and action.
        var first = await ShownScreenshotAsync(page);
        Assert.True(PixelStatistics.Near(PixelStatistics.CenterColor(first), SampleResults.StepColors[0]), "step 1 does not show its screenshot");
        Assert.Equal(SampleResults.HostileAction, await page.Locator("#step-action").InnerTextAsync());
        Assert.True(await page.Locator("#prev-step").IsDisabledAsync());
        await page.ClickAsync("#next-step");
        var second = await ShownScreenshotAsync(page);
        Assert.True(PixelStatistics.Near(PixelStatistics.CenterColor(second), SampleResults.StepColors[1]), "step 2 does not show its screenshot");
        Assert.Equal("thinking about step 2", await page.Locator("#step-response").InnerTextAsync());
        await page.ClickAsync("#next-step");
        Assert.Equal("DONE", await page.Locator("#step-action").InnerTextAsync());
        Assert.True(await page.Locator("#next-step").IsDisabledAsync());
        Assert.Equal(3, await page.Locator("#step-list li").CountAsync());
        Assert.True(PixelStatistics.Variance(await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true })) > 100, "the task page renders blank");

        // And back to the summary.
        await page.ClickAsync("#back");
        await page.WaitForURLAsync("**/report/index.html");
        Assert.Equal(4, await rows.CountAsync());

        Assert.Empty(dialogs);
        Assert.Empty(pageErrors);
    }

    private static async Task<byte[]> ShownScreenshotAsync(IPage page)
    {
        var shot = page.Locator("#shot");
        await shot.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => { const i = document.getElementById('shot'); return i.complete && i.naturalWidth > 0; }");
        return await shot.ScreenshotAsync();
    }
}
