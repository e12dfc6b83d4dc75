using System.Text;
using System.Text.Json.Nodes;
using Deskbench.Evaluators.Chrome;
using Deskbench.Evaluators.Chrome.Metrics;
using Microsoft.Playwright;
using static Deskbench.Evaluators.Tests.Support.Metric;

namespace Deskbench.Evaluators.Tests.Chrome;

/// <summary>
/// Desktop tier: profile state made through the real Chromium (a bookmark added on chrome://bookmarks, history from
/// visiting pages) and read back from the profile files through the guest by the <c>bookmarks</c> and <c>history</c>
/// getters; desktop shortcuts read by <c>shortcuts_on_desktop</c>.
/// </summary>
public sealed class ChromeProfileDesktopTests(ChromiumDesktopFixture chrome) : IClassFixture<ChromiumDesktopFixture>
{
    private static readonly GetterRegistry Getters = GetterRegistry.CreateDefault();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_bookmark_added_in_chromium_is_read_from_the_bookmarks_file()
    {
        chrome.Require();
        var url = chrome.Web.Page("/bookmarked", "<html><head><title>Keep me</title></head><body>keep</body></html>");

        // A Chromium of its own: quitting it is the one sure way to have its Bookmarks file written.
        var port = LoopbackWebServer.FreePort();
        var userDataDir = $"{chrome.Desktop.HomeDirectory}/profiles/bookmarks-{Guid.NewGuid():N}";
        var environment = new ChromeTestEnvironment(chrome.Desktop, new Dictionary<string, string>
        {
            [ChromeEnvironment.CdpUrlProperty] = $"http://127.0.0.1:{port}",
            [ChromeEnvironment.UserDataDirProperty] = userDataDir,
        });
        await ChromiumDesktopFixture.LaunchChromiumAsync(chrome.Desktop.Guest, userDataDir, port, Token);
        await using (var session = await ChromeSession.ConnectAsync(environment, "test", Token))
        {
            var page = await session.DefaultContext.NewPageAsync();
            await page.GotoAsync("chrome://bookmarks/");
            var created = await page.EvaluateAsync<string>(
                "([title, url]) => new Promise(done => chrome.bookmarks.create({parentId: '1', title, url}, node => done(node.url)))",
                new[] { "Keep me", url });
            Assert.Equal(url, created);
            var browser = await session.Browser.NewBrowserCDPSessionAsync();
            try
            {
                await browser.SendAsync("Browser.close");
            }
            catch (PlaywrightException)
            {
                // Chromium may drop the connection before it answers.
            }
        }

        var context = new GetterContext(chrome.Task, environment, Path.Combine(chrome.Root, $"bookmarks-{Guid.NewGuid():N}"), chrome.NewGetterContext().Assets);
        var roots = await PollAsync(context, """{"type": "bookmarks"}""",
            node => (node as JsonObject)?["bookmark_bar"]?["children"] is JsonArray children && children.Any(child => child!["url"]?.GetValue<string>() == url),
            TimeSpan.FromSeconds(30));
        var rule = new JsonObject { ["type"] = "bookmark_bar_websites_urls", ["urls"] = new JsonArray(url) };

        Assert.True(roots is JsonObject, $"no Bookmarks file in {userDataDir}/Default 30 s after Chromium quit");
        Assert.Contains(roots!["bookmark_bar"]!["children"]!.AsArray(), child => child!["url"]?.GetValue<string>() == url);
        Assert.Equal(1.0, await ScoreAsync(new IsExpectedBookmarksMetric(), roots, rule));
        Assert.Equal(0.0, await ScoreAsync(new IsExpectedBookmarksMetric(), roots,
            new JsonObject { ["type"] = "bookmark_bar_folders_names", ["names"] = new JsonArray("Work") }));
    }

    [Fact]
    public async Task Visited_pages_are_read_from_the_history_database()
    {
        var environment = chrome.Require();
        var url = chrome.Web.Page("/visited/news", "<html><head><title>Morning news</title></head><body>news</body></html>");
        await using (var session = await ChromeSession.ConnectAsync(environment, "test", Token))
        {
            var page = await session.DefaultContext.NewPageAsync();
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        }

        // Chrome commits its History database about every 10 s.
        var rows = await PollAsync(chrome.NewGetterContext(), """{"type": "history", "dest": "History"}""",
            node => node is JsonArray found && found.Any(row => row![0]!.GetValue<string>() == url), TimeSpan.FromSeconds(40));

        Assert.Contains(rows!.AsArray(), row => row![0]!.GetValue<string>() == url && row[1]!.GetValue<string>() == "Morning news");
        Assert.Equal(0.0, await ScoreAsync(new CheckHistoryDeletedMetric(), rows, JsonNode.Parse("""{"type": "keywords", "keywords": ["visited/news"]}""")));
        Assert.Equal(1.0, await ScoreAsync(new CheckHistoryDeletedMetric(), rows, JsonNode.Parse("""{"type": "keywords", "keywords": ["never-visited"]}""")));
    }

    [Fact]
    public async Task Desktop_shortcuts_are_read_by_name()
    {
        var environment = chrome.Require();
        var name = $"docs-{Guid.NewGuid():N}.desktop";
        await using (var content = new MemoryStream(Encoding.UTF8.GetBytes("[Desktop Entry]\nType=Application\nName=Team Docs\nExec=chromium --app=https://docs.example\n")))
        {
            await environment.Guest.UploadFileAsync($"~/Desktop/{name}", content, Token);
        }

        var shortcuts = await Getters.Get("shortcuts_on_desktop").GetAsync(chrome.NewGetterContext(), JsonNode.Parse("""{"type": "shortcuts_on_desktop"}""")!.AsObject(), Token);

        Assert.Contains(name, shortcuts!.AsObject().Select(pair => pair.Key));
        Assert.Equal(1.0, await ScoreAsync(new IsShortcutOnDesktopMetric(), shortcuts, JsonNode.Parse("""{"type": "name", "name": "Team Docs"}""")));
        Assert.Equal(0.0, await ScoreAsync(new IsShortcutOnDesktopMetric(), shortcuts, JsonNode.Parse("""{"type": "name", "name": "Other Docs"}""")));
    }

    private static async Task<JsonNode?> PollAsync(GetterContext context, string spec, Func<JsonNode?, bool> done, TimeSpan timeout)
    {
        var parsed = JsonNode.Parse(spec)!.AsObject();
        var getter = Getters.Get(parsed["type"]!.GetValue<string>());
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await getter.GetAsync(context, parsed, Token);
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(500, Token);
        }
    }
}
