using System.Text.Json.Nodes;
using Deskbench.Core.Tasks;
using Deskbench.Evaluators.Chrome.Metrics;
using Deskbench.Tasks.Setup;
using static Deskbench.Evaluators.Tests.Support.Metric;

namespace Deskbench.Evaluators.Tests.Chrome;

/// <summary>
/// Desktop tier: tabs opened and closed by the <c>chrome_open_tabs</c> / <c>chrome_close_tabs</c> setup steps in the real
/// Chromium, then read by the tab getters over CDP and scored by the tab metrics.
/// </summary>
public sealed class ChromeTabsDesktopTests(ChromiumDesktopFixture chrome) : IClassFixture<ChromiumDesktopFixture>
{
    private static readonly GetterRegistry Getters = GetterRegistry.CreateDefault();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Setup_steps_open_and_close_tabs_that_open_tabs_info_reports()
    {
        chrome.Require();
        var first = chrome.Web.Page("/tabs/first", "<html><head><title>First tab</title></head><body>one</body></html>");
        var second = chrome.Web.Page("/tabs/second", "<html><head><title>Second tab</title></head><body>two</body></html>");

        await RunStepsAsync(Step("chrome_open_tabs", new JsonObject { ["urls_to_open"] = new JsonArray(first, second) }));
        var opened = (await GetAsync("""{"type": "open_tabs_info"}"""))!.AsArray();

        Assert.Contains(opened, tab => tab!["url"]!.GetValue<string>() == first && tab["title"]!.GetValue<string>() == "First tab");
        Assert.Contains(opened, tab => tab!["url"]!.GetValue<string>() == second && tab["title"]!.GetValue<string>() == "Second tab");
        var rule = new JsonObject { ["type"] = "url", ["urls"] = new JsonArray([.. opened.Select(tab => (JsonNode?)tab!["url"]!.GetValue<string>())]) };
        Assert.Equal(1.0, await ScoreAsync(new IsExpectedTabsMetric(), opened, rule));

        await RunStepsAsync(Step("chrome_close_tabs", new JsonObject { ["urls_to_close"] = new JsonArray(first) }));
        var after = (await GetAsync("""{"type": "open_tabs_info"}"""))!.AsArray();

        Assert.DoesNotContain(after, tab => tab!["url"]!.GetValue<string>() == first);
        Assert.Contains(after, tab => tab!["url"]!.GetValue<string>() == second);
        Assert.Equal(0.0, await ScoreAsync(new IsExpectedTabsMetric(), after, rule));
    }

    [Fact]
    public async Task The_active_tab_getters_read_the_tab_last_opened()
    {
        chrome.Require();
        var url = chrome.Web.Page("/active/results", """
            <html><head><title>Flight results</title></head><body>
            <div class="price">  $120 </div><div class="price">$99</div>
            <div class="route">SEA<span class="sep"></span>NYC</div>
            <label for="who">Passenger</label><input id="who" value=" Ada ">
            <p id="note">Direct flight</p>
            </body></html>
            """) + "?from=SEA&to=NYC&adults=2";
        await RunStepsAsync(Step("chrome_open_tabs", new JsonObject { ["urls_to_open"] = new JsonArray(url) }));

        var active = (await GetAsync("""{"type": "active_url_from_accessTree", "goto_prefix": "http://"}"""))!.GetValue<string>();
        var info = (await GetAsync("""{"type": "active_tab_info", "goto_prefix": "http://"}"""))!.AsObject();
        var query = await GetAsync("""{"type": "active_tab_url_parse", "goto_prefix": "http://", "parse_keys": ["from", "to"], "replace": {"to": "destination"}}""");
        var html = await GetAsync("""
            {"type": "active_tab_html_parse", "goto_prefix": "http://", "category": "class",
             "class_singleObject": {"price": "first_price"}, "class_multiObject": {"price": {"1": "second_price", "5": "missing"}},
             "class_multiObject_child": {"route": {"0": "origin", "1": "destination"}}}
            """);
        var byXPath = await GetAsync("""
            {"type": "active_tab_html_parse", "goto_prefix": "http://", "category": "xpath", "xpathObject": {"//p[@id='note']": "note"}}
            """);
        var byInput = await GetAsync("""
            {"type": "active_tab_html_parse", "goto_prefix": "http://", "category": "input", "inputObject": {"//input[@id='who']": "who"}}
            """);

        Assert.Equal(url, active);
        Assert.Equal("Flight results", info["title"]!.GetValue<string>());
        Assert.Equal(url, info["url"]!.GetValue<string>());
        Assert.Contains("Direct flight", info["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("""{"from":"SEA","destination":"NYC"}""", query!.ToJsonString());
        Assert.Equal("""{"second_price":"$99","missing":"","origin":"SEA","destination":"NYC","first_price":"$120"}""", html!.ToJsonString());
        Assert.Equal("""{"note":"Direct flight"}""", byXPath!.ToJsonString());
        Assert.Equal("""{"who":"Ada"}""", byInput!.ToJsonString());
        Assert.Equal(1.0, await ScoreAsync(new IsExpectedActiveTabMetric(), JsonValue.Create(active), JsonNode.Parse($$"""{"type": "url", "url": "{{url}}"}""")));
        Assert.Equal(0.0, await ScoreAsync(new IsExpectedActiveTabMetric(), JsonValue.Create(active), JsonNode.Parse($$"""{"type": "url", "url": "{{chrome.Web.Url("/other")}}"}""")));
        Assert.Equal(1.0, await ScoreAsync(new IsExpectedUrlPatternMatchMetric(), info, JsonNode.Parse("""{"expected": ["from=SEA", "adults=\\d"]}""")));
        Assert.Equal(0.0, await ScoreAsync(new IsExpectedUrlPatternMatchMetric(), info, JsonNode.Parse("""{"expected": ["from=LAX"]}""")));
    }

    [Fact]
    public async Task A_tab_whose_url_does_not_match_the_prefixed_address_gives_an_empty_parse()
    {
        chrome.Require();
        var url = chrome.Web.Page("/active/plain", "<html><head><title>Plain</title></head><body><p class='x'>x</p></body></html>");
        await RunStepsAsync(Step("chrome_open_tabs", new JsonObject { ["urls_to_open"] = new JsonArray(url) }));

        // OSWorld's default goto_prefix is https://: the address becomes https://127.0.0.1…, which no tab has.
        var html = await GetAsync("""{"type": "active_tab_html_parse", "category": "class", "class_singleObject": {"x": "x"}}""");

        Assert.Equal("{}", html!.ToJsonString());
    }

    [Fact]
    public async Task Page_getters_load_pages_in_new_tabs()
    {
        chrome.Require();
        var url = chrome.Web.Page("/pages/info", """
            <html><head><title>Cart</title></head><body>
            <h1 id="head">Your cart</h1><a id="next" href="/pages/detail">Details</a><span class="item" data-sku="P2">Portal 2</span>
            </body></html>
            """);
        chrome.Web.Page("/pages/detail", "<html><head><title>Detail</title></head><body><b id='detail'>Shipping in 2 days</b></body></html>");
        var context = chrome.NewGetterContext();

        var page = (await Getters.Get("page_info").GetAsync(context, Spec($$"""{"type": "page_info", "url": "{{url}}"}"""), Token))!;
        var pdf = (await Getters.Get("pdf_from_url").GetAsync(context, Spec($$"""{"type": "pdf_from_url", "path": "{{url}}", "dest": "cart.pdf"}"""), Token))!;
        var infos = await Getters.Get("info_from_website").GetAsync(context, Spec($$"""
            {"type": "info_from_website", "url": "{{url}}", "infos": [
              {"action": "inner_text", "selector": "#head"}, {"action": "attribute", "selector": ".item", "attribute": "data-sku"},
              {"action": "click_and_inner_text", "selector": ["#next", "#detail"]}], "backups": ["backup"]}
            """), Token);
        var backups = await Getters.Get("info_from_website").GetAsync(context, Spec($$"""
            {"type": "info_from_website", "url": "{{url}}", "infos": [{"action": "hover", "selector": "#head"}], "backups": ["backup"]}
            """), Token);

        Assert.Equal("Cart", page["title"]!.GetValue<string>());
        Assert.Equal(1.0, await ScoreAsync(new IsAddedToSteamCartMetric(), page, JsonNode.Parse("""{"items": ["Portal 2"]}""")));
        Assert.Equal(0.0, await ScoreAsync(new IsAddedToSteamCartMetric(), page, JsonNode.Parse("""{"items": ["Dota 2"]}""")));
        var bytes = await File.ReadAllBytesAsync(pdf.GetValue<string>(), Token);
        Assert.True(bytes.Length > 500, $"the printed PDF has only {bytes.Length} bytes");
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        Assert.Equal("""["Your cart","P2","Shipping in 2 days"]""", infos!.ToJsonString());
        Assert.Equal("""["backup"]""", backups!.ToJsonString());
    }

    private async Task<JsonNode?> GetAsync(string spec)
    {
        var parsed = Spec(spec);
        return await Getters.Get(parsed["type"]!.GetValue<string>()).GetAsync(chrome.NewGetterContext(), parsed, Token);
    }

    private async Task RunStepsAsync(params SetupStep[] steps) =>
        await SetupRunner.CreateDefault(loggerFactory: TestOutputLoggerFactory.Instance).RunAsync(steps, chrome.NewSetupContext(), Token);

    private static SetupStep Step(string type, JsonObject parameters) => new(type, parameters);

    private static JsonObject Spec(string json) => JsonNode.Parse(json)!.AsObject();
}
