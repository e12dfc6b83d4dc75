using Deskbench.Evaluators.Chrome.Metrics;
using Deskbench.Evaluators.Python;
using static Deskbench.Evaluators.Tests.Support.Metric;

namespace Deskbench.Evaluators.Tests.Chrome;

/// <summary>Unit tier: each chrome metric with a passing case, a failing case and its OSWorld edge cases.</summary>
public sealed class ChromeMetricsTests
{
    [Fact]
    public async Task Is_expected_active_tab_compares_normalised_urls()
    {
        var metric = new IsExpectedActiveTabMetric();
        Assert.Equal(1.0, await ScoreJsonAsync(metric, """{"url": "https://www.Example.com/"}""", """{"type": "url", "url": "https://example.com"}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, """{"url": "https://www.example.com/"}""", """{"type": "url", "url": "http://example.com"}"""));
        Assert.Equal(1.0, await ScoreJsonAsync(metric, "\"https://www.example.com/a\"", """{"type": "url", "url": "https://example.com/a"}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, "\"https://example.com/b\"", """{"type": "url", "url": "https://example.com/a"}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, "null", """{"type": "url", "url": "https://example.com/a"}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, "\"https://example.com/a\"", """{"type": "title", "url": "https://example.com/a"}"""));
    }

    [Fact]
    public async Task Is_expected_active_tab_approximate_ignores_only_the_query()
    {
        var metric = new IsExpectedActiveTabApproximateMetric();
        Assert.Equal(1.0, await ScoreJsonAsync(metric, "\"https://a.org/p?q=1\"", """{"type": "url", "url": "https://a.org/p?q=2"}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, "\"https://a.org/p/?q=1\"", """{"type": "url", "url": "https://a.org/p"}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, "\"\"", """{"type": "url", "url": "https://a.org/p"}"""));
    }

    [Fact]
    public async Task Is_expected_url_pattern_match_needs_every_pattern()
    {
        var metric = new IsExpectedUrlPatternMatchMetric();
        var rules = """{"expected": ["flights/\\d+", "adults=2"]}""";
        Assert.Equal(1.0, await ScoreJsonAsync(metric, "\"https://x.com/flights/42?adults=2\"", rules));
        Assert.Equal(1.0, await ScoreJsonAsync(metric, """{"url": "https://x.com/flights/42?adults=2"}""", rules));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, "\"https://x.com/flights/42?adults=1\"", rules));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, """{"title": "no url"}""", rules));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, "null", rules));
    }

    [Fact]
    public async Task Is_expected_installed_extensions_is_a_subset_test()
    {
        var metric = new IsExpectedInstalledExtensionsMetric();
        Assert.Equal(1.0, await ScoreJsonAsync(metric, """["Dark Reader", "uBlock"]""", """{"expected": ["uBlock"]}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, """["Dark Reader"]""", """{"expected": ["uBlock"]}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, "[]", """{"expected": []}"""));
    }

    [Fact]
    public async Task Is_expected_tabs_matches_lists_of_urls()
    {
        var metric = new IsExpectedTabsMetric();
        var tabs = """[{"title": "a", "url": "https://www.a.org/"}, {"title": "b", "url": "https://b.org/x"}]""";
        Assert.Equal(1.0, await ScoreJsonAsync(metric, tabs, """{"type": "url", "urls": ["https://b.org/x", "https://a.org"]}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, tabs, """{"type": "url", "urls": ["https://a.org"]}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, tabs, """{"type": "url", "urls": ["https://a.org", "https://c.org"]}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, "[]", """{"type": "url", "urls": []}"""));
    }

    [Fact]
    public async Task Is_expected_bookmarks_checks_folders_urls_and_liked_authors()
    {
        var metric = new IsExpectedBookmarksMetric();
        var roots = """
            {"bookmark_bar": {"children": [
              {"type": "folder", "name": "Work", "children": []},
              {"type": "url", "name": "A", "url": "https://a.org/"},
              {"type": "folder", "name": "Liked Authors", "children": [
                 {"type": "url", "name": "x", "url": "https://x.org/1"}, {"type": "url", "name": "y", "url": "https://y.org/2"}]}]}}
            """;
        Assert.Equal(1.0, await ScoreJsonAsync(metric, roots, """{"type": "bookmark_bar_folders_names", "names": ["Liked Authors", "Work"]}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, roots, """{"type": "bookmark_bar_folders_names", "names": ["Work"]}"""));
        Assert.Equal(1.0, await ScoreJsonAsync(metric, roots, """{"type": "bookmark_bar_websites_urls", "urls": ["https://a.org/"]}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, roots, """{"type": "bookmark_bar_websites_urls", "urls": ["https://b.org/"]}"""));
        Assert.Equal(1.0, await ScoreJsonAsync(metric, roots,
            """{"type": "liked_authors_websites_urls", "urls": [["https://x.org/0", "https://x.org/1"], "https://y.org/2"]}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, roots, """{"type": "liked_authors_websites_urls", "urls": ["https://x.org/1"]}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, "[]", """{"type": "bookmark_bar_websites_urls", "urls": []}"""));
        await Assert.ThrowsAsync<PythonErrorException>(() => ScoreJsonAsync(metric, roots, """{"type": "other"}"""));
    }

    [Fact]
    public async Task Is_expected_search_query_searches_the_url()
    {
        var metric = new IsExpectedSearchQueryMetric();
        var rules = """{"expect": {"pattern": "q=deskbench"}}""";
        Assert.Equal(1.0, await ScoreJsonAsync(metric, """{"url": "https://s.org/?q=deskbench"}""", rules));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, """{"url": "https://s.org/?q=other"}""", rules));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, "null", rules));
    }

    [Fact]
    public async Task Is_cookie_deleted_looks_at_the_host_column()
    {
        var metric = new IsCookieDeletedMetric();
        var rows = """[[1, "amazon.com", "", "id", "v"], [2, ".example.org", "", "id", "v"]]""";
        Assert.Equal(0.0, await ScoreJsonAsync(metric, rows, """{"type": "domains", "domains": ["amazon.com"]}"""));
        Assert.Equal(1.0, await ScoreJsonAsync(metric, rows, """{"type": "domains", "domains": [".amazon.com", "example.org"]}"""));
        await Assert.ThrowsAsync<PythonErrorException>(() => ScoreJsonAsync(metric, rows, """{"type": "names"}"""));
        await Assert.ThrowsAsync<PythonErrorException>(() => ScoreJsonAsync(metric, "null", """{"type": "domains", "domains": ["a"]}"""));
    }

    [Fact]
    public async Task Is_shortcut_on_desktop_finds_the_name_or_exec_line()
    {
        var metric = new IsShortcutOnDesktopMetric();
        var shortcuts = """{"a.desktop": "[Desktop Entry]\nName=Docs\nExec=chrome --app=https://docs.org\n"}""";
        Assert.Equal(1.0, await ScoreJsonAsync(metric, shortcuts, """{"type": "name", "name": "Docs"}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, shortcuts, """{"type": "name", "name": "Doc"}"""));
        Assert.Equal(1.0, await ScoreJsonAsync(metric, shortcuts, """{"type": "exec", "exec": "chrome --app=https://docs.org"}"""));
        await Assert.ThrowsAsync<PythonErrorException>(() => ScoreJsonAsync(metric, shortcuts, """{"type": "url"}"""));
    }

    [Fact]
    public async Task Check_history_deleted_fails_while_a_keyword_remains()
    {
        var metric = new CheckHistoryDeletedMetric();
        var rows = """[["https://news.org/a", "News", 1], ["https://shop.org/", "Shop", 2]]""";
        Assert.Equal(0.0, await ScoreJsonAsync(metric, rows, """{"type": "keywords", "keywords": ["news"]}"""));
        Assert.Equal(1.0, await ScoreJsonAsync(metric, rows, """{"type": "keywords", "keywords": ["travel"]}"""));
        Assert.Equal(1.0, await ScoreJsonAsync(metric, "[]", """{"type": "keywords", "keywords": ["news"]}"""));
    }

    [Fact]
    public async Task Check_enabled_experiments_compares_names_in_order()
    {
        var metric = new CheckEnabledExperimentsMetric();
        var experiments = """["smooth-scrolling@2", "dark-mode@1"]""";
        Assert.Equal(1.0, await ScoreJsonAsync(metric, experiments, """{"type": "names", "names": ["smooth-scrolling", "dark-mode"]}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, experiments, """{"type": "names", "names": ["dark-mode", "smooth-scrolling"]}"""));
        await Assert.ThrowsAsync<PythonErrorException>(() => ScoreJsonAsync(metric, experiments, """{"type": "ids"}"""));
    }

    [Fact]
    public async Task Check_font_size_by_value_and_open_range()
    {
        var metric = new CheckFontSizeMetric();
        Assert.Equal(1.0, await ScoreJsonAsync(metric, """{"default_font_size": 20}""", """{"type": "value", "value": 20}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, """{"default_font_size": 16}""", """{"type": "value", "value": 20}"""));
        Assert.Equal(1.0, await ScoreJsonAsync(metric, """{"default_font_size": 20}""", """{"type": "range", "min": 16, "max": 24}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, """{"default_font_size": 24}""", """{"type": "range", "min": 16, "max": 24}"""));
    }

    [Fact]
    public async Task Is_added_to_steam_cart_needs_every_item_in_the_page()
    {
        var metric = new IsAddedToSteamCartMetric();
        var page = """{"content": "<div>Portal 2</div><div>Half-Life</div>"}""";
        Assert.Equal(1.0, await ScoreJsonAsync(metric, page, """{"items": ["Portal 2", "Half-Life"]}"""));
        Assert.Equal(0.0, await ScoreJsonAsync(metric, page, """{"items": ["Portal 2", "Dota"]}"""));
    }

    [Fact]
    public async Task Options_the_python_function_does_not_take_are_rejected()
    {
        await Assert.ThrowsAsync<MetricArgumentException>(() =>
            ScoreJsonAsync(new IsExpectedTabsMetric(), "[]", """{"type": "url", "urls": []}""", """{"strict": true}"""));
    }
}
