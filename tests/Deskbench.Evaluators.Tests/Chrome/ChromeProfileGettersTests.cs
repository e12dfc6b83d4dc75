using System.Text.Json.Nodes;
using Deskbench.Core.Evaluation;
using Deskbench.Evaluators.Chrome;
using Deskbench.Evaluators.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Deskbench.Evaluators.Tests.Chrome;

/// <summary>
/// Unit tier with real files: the profile getters read Preferences, Local State, Bookmarks, History and Cookies from a
/// profile folder (<c>chrome_user_data_dir</c>) through a guest that is this machine, and the evaluator turns a corrupt
/// file into an evaluation error that names the getter.
/// </summary>
public sealed class ChromeProfileGettersTests : IDisposable
{
    private static readonly GetterRegistry Registry = GetterRegistry.CreateDefault();
    private readonly TempDirectory folder = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Preference_getters_read_the_profile_with_osworld_fallbacks()
    {
        folder.Write("profile/Default/Preferences", """
            {"default_search_provider_data": {"template_url_data": {"short_name": "Bing"}},
             "profile": {"name": "Researcher", "default_content_setting_values": {"cookies": 4}},
             "webkit": {"webprefs": {"default_font_size": 20}},
             "enable_do_not_track": true, "safebrowsing": {"enabled": true, "enhanced": false},
             "session": {"restore_on_startup": 5},
             "browser": {"theme": {"color_scheme2": 2}},
             "extensions": {"settings": {"abc": {"path": "/home/user/ext", "manifest": {"name": "Dark Reader"}}}}}
            """);
        folder.Write("profile/Local State", """{"browser": {"enabled_labs_experiments": ["smooth-scrolling@1"]}, "intl": {"app_locale": "fr"}}""");

        Assert.Equal("Bing", await TextAsync("default_search_engine"));
        Assert.Equal("Researcher", await TextAsync("profile_name"));
        Assert.Equal("""{"default_font_size":20}""", (await GetAsync("chrome_font_size"))!.ToJsonString());
        Assert.Equal("true", await TextAsync("enable_do_not_track"));
        Assert.Equal("true", await TextAsync("enable_safe_browsing"));
        Assert.Equal("false", await TextAsync("enable_enhanced_safety_browsing"));
        Assert.Equal("true", await TextAsync("new_startup_page"));
        Assert.Equal("dark", await TextAsync("chrome_color_scheme"));
        Assert.Equal("true", await TextAsync("data_delete_automacally"));
        Assert.Equal("""["/home/user/ext"]""", (await GetAsync("find_unpacked_extension_path"))!.ToJsonString());
        Assert.Equal("""["Dark Reader"]""", (await GetAsync("find_installed_extension_name"))!.ToJsonString());
        Assert.Equal("""["smooth-scrolling@1"]""", (await GetAsync("enabled_experiments"))!.ToJsonString());
        Assert.Equal("fr", await TextAsync("chrome_language"));
    }

    [Fact]
    public async Task A_fresh_profile_gives_the_fallback_values()
    {
        folder.Write("profile/Default/Preferences", """{"extensions": {"settings": {"abc": {"manifest": {}}}}}""");

        Assert.Equal("Google", await TextAsync("default_search_engine"));
        Assert.Null(await GetAsync("profile_name"));
        Assert.Equal("""{"default_fixed_font_size":13,"default_font_size":16,"minimum_font_size":13}""", (await GetAsync("chrome_font_size"))!.ToJsonString());
        Assert.Equal("false", await TextAsync("enable_do_not_track"));
        Assert.Equal("true", await TextAsync("new_startup_page"));
        Assert.Equal("system", await TextAsync("chrome_color_scheme"));
        Assert.Equal("Google", await TextAsync("find_unpacked_extension_path"));
        Assert.Equal("Google", await TextAsync("data_delete_automacally"));
        Assert.Equal("en-US", await TextAsync("chrome_language"));
        Assert.Equal("[]", (await GetAsync("bookmarks"))!.ToJsonString());
        Assert.Null(await GetAsync("history", """{"dest": "History"}"""));
    }

    [Fact]
    public async Task The_appearance_mode_is_read_from_the_preferences_file()
    {
        folder.Write("profile/Default/Preferences", """{"browser": {"theme": {"color_scheme2": 1}}}""");
        var environment = new ChromeTestEnvironment(Environment(),
            new Dictionary<string, string> { [ChromeEnvironment.CdpUrlProperty] = $"http://127.0.0.1:{LoopbackWebServer.FreePort()}" });
        var context = new GetterContext(TaskSpecs.FromEvaluator("""{"func": "infeasible"}"""), environment, folder.Combine("cache-ui"),
            new DirectoryAssetCache(folder.Combine("assets")));

        var mode = await Registry.Get("chrome_appearance_mode_ui").GetAsync(context, Spec("""{"type": "chrome_appearance_mode_ui"}"""), Token);

        Assert.Equal("light", mode!.GetValue<string>());
    }

    [Fact]
    public async Task Bookmarks_are_the_roots_of_the_file()
    {
        folder.Write("profile/Default/Bookmarks", """
            {"checksum": "x", "roots": {"bookmark_bar": {"children": [{"type": "url", "name": "A", "url": "https://a.org/"}], "type": "folder"},
             "other": {"children": [], "type": "folder"}}, "version": 1}
            """);

        var roots = await GetAsync("bookmarks");

        Assert.Equal("https://a.org/", roots!["bookmark_bar"]!["children"]![0]!["url"]!.GetValue<string>());
        Assert.NotNull(roots["other"]);
    }

    [Fact]
    public async Task History_and_cookies_are_rows_of_the_sqlite_files()
    {
        await CreateDatabaseAsync("profile/Default/History",
            "CREATE TABLE urls(id INTEGER PRIMARY KEY, url TEXT, title TEXT, visit_count INTEGER, last_visit_time INTEGER);" +
            "INSERT INTO urls VALUES (1, 'https://news.org/', 'News', 1, 13350000000000000);");
        await CreateDatabaseAsync("profile/Default/Cookies",
            "CREATE TABLE cookies(creation_utc INTEGER, host_key TEXT, name TEXT, encrypted_value BLOB);" +
            "INSERT INTO cookies VALUES (1, '.amazon.com', 'session', x'0102');");
        var context = Context();

        var history = await Registry.Get("history").GetAsync(context, Spec("""{"type": "history", "dest": "history.sqlite"}"""), Token);
        var cookies = await Registry.Get("cookie_data").GetAsync(context, Spec("""{"type": "cookie_data", "dest": "cookies.sqlite"}"""), Token);

        Assert.Equal("""[["https://news.org/","News",13350000000000000]]""", history!.ToJsonString());
        Assert.Equal("""[[1,".amazon.com","session","AQI="]]""", cookies!.ToJsonString());
        Assert.True(File.Exists(Path.Combine(context.CacheDirectory, "history.sqlite")));
    }

    [Fact]
    public async Task Corrupt_profile_files_are_evaluation_errors_naming_the_getter()
    {
        folder.Write("profile/Default/Bookmarks", "{\"roots\": {\"bookmark_bar\": ");
        folder.Write("profile/Default/History", "this is not a database, just text that is long enough to be read as a header........");
        var task = TaskSpecs.FromEvaluator("""
            {"func": "is_expected_bookmarks", "result": {"type": "bookmarks"}, "expected": {"type": "rule", "rules": {"type": "bookmark_bar_websites_urls", "urls": []}}}
            """);
        var history = TaskSpecs.FromEvaluator("""
            {"func": "check_history_deleted", "result": {"type": "history", "dest": "History"}, "expected": {"type": "rule", "rules": {"type": "keywords", "keywords": ["x"]}}}
            """);

        var bookmarks = await Assert.ThrowsAsync<EvaluationException>(() => EvaluateAsync(task));
        var rows = await Assert.ThrowsAsync<EvaluationException>(() => EvaluateAsync(history));

        Assert.Contains("'bookmarks'", bookmarks.Message, StringComparison.Ordinal);
        Assert.Contains("corrupt", bookmarks.Message, StringComparison.Ordinal);
        Assert.Contains("'history'", rows.Message, StringComparison.Ordinal);
        Assert.Contains("not a readable History database", rows.Message, StringComparison.Ordinal);
    }

    private async Task<double> EvaluateAsync(Core.Tasks.TaskSpec task)
    {
        var evaluator = OsWorldTaskEvaluator.CreateDefault();
        var setup = new Core.Setup.SetupContext(task, Environment(), folder.Combine("cache-" + Guid.NewGuid().ToString("N")), new DirectoryAssetCache(folder.Combine("assets")));
        var result = await evaluator.EvaluateAsync(new EvaluationContext(setup, new NoStepsSetupRunner(), []), Token);
        return result.Score;
    }

    private async Task CreateDatabaseAsync(string relative, string sql)
    {
        var path = folder.Combine(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Token);
    }

    private ChromeTestEnvironment Environment() => new(
        new LocalEnvironment(new LocalGuestClient(folder.Path)),
        new Dictionary<string, string> { [ChromeEnvironment.UserDataDirProperty] = folder.Combine("profile") });

    private GetterContext Context() =>
        new(TaskSpecs.FromEvaluator("""{"func": "infeasible"}"""), Environment(), folder.Combine("cache-" + Guid.NewGuid().ToString("N")),
            new DirectoryAssetCache(folder.Combine("assets")));

    private async Task<JsonNode?> GetAsync(string type, string? spec = null) =>
        await Registry.Get(type).GetAsync(Context(), Spec(spec ?? $$"""{"type": "{{type}}"}"""), Token);

    private async Task<string?> TextAsync(string type) => (await GetAsync(type))?.GetValue<string>();

    private static JsonObject Spec(string json) => JsonNode.Parse(json)!.AsObject();
}
