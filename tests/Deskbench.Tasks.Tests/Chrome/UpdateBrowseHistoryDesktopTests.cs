using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Deskbench.Core.Guest;
using Deskbench.Tasks.Assets;
using Deskbench.Tasks.Setup.Steps;
using Deskbench.Tasks.Tests.Desktop;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Deskbench.Tasks.Tests.Desktop.DesktopSteps;

namespace Deskbench.Tasks.Tests.Chrome;

/// <summary>
/// Desktop tier: <c>update_browse_history</c> writes the profile's History database through the guest, and Debian's
/// Chromium started on that profile afterwards shows the visits on chrome://history (it accepted the database).
/// </summary>
public sealed class UpdateBrowseHistoryDesktopTests(RealDesktopFixture desktop) : IClassFixture<RealDesktopFixture>
{
    [Fact]
    public async Task The_visits_are_written_to_the_history_file_and_chromium_shows_them()
    {
        var environment = desktop.Require("chromium");
        var context = desktop.NewContext();
        var before = DateTime.Now;

        await RunAsync(context, Step("update_browse_history", """
            {"history": [
              {"url": "https://www.example.org/deskbench-visit", "title": "Deskbench visit one", "visit_time_from_now_in_seconds": 3600},
              {"url": "https://news.example.org/two", "title": "Deskbench visit two", "visit_time_from_now_in_seconds": 60}]}
            """));

        var local = Path.Combine(context.CacheDirectory, "downloaded-history.sqlite");
        await File.WriteAllBytesAsync(local, (await environment.Guest.DownloadFileAsync("~/.config/google-chrome/Default/History", Token))!, Token);
        var rows = await QueryAsync(local,
            "SELECT urls.url, urls.title, urls.last_visit_time, visits.visit_time, visits.transition FROM urls JOIN visits ON visits.url = urls.id ORDER BY urls.id");
        Assert.Equal(2, rows.Count);
        Assert.Equal("https://www.example.org/deskbench-visit", rows[0][0]);
        Assert.Equal("Deskbench visit one", rows[0][1]);
        Assert.Equal(rows[0][2], rows[0][3]);
        Assert.Equal(805306368L, rows[0][4]);
        var visitTime = new DateTime(1601, 1, 1).AddTicks((long)rows[0][2]! * 10);
        Assert.InRange(visitTime, before.AddSeconds(-3600 - 5), before.AddSeconds(-3600 + 60));

        var port = FreePort();
        await environment.Guest.LaunchAsync(CommandRequest.FromArguments(
            "chromium", "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--no-default-browser-check", "--password-store=basic", "--disable-gpu", $"--remote-debugging-port={port}",
            $"--user-data-dir={environment.HomeDirectory}/.config/google-chrome", "about:blank"), Token);
        using var playwright = await Playwright.CreateAsync();
        var browser = await ConnectAsync(playwright, port);
        var page = await browser.Contexts[0].NewPageAsync();
        await page.GotoAsync("chrome://history/");
        await page.Locator("text=Deskbench visit two").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
        Assert.True(await page.Locator("text=Deskbench visit one").CountAsync() > 0, "chrome://history does not show the first visit");
        await browser.CloseAsync();
    }

    [Fact]
    public async Task Osworld_empty_history_is_used_when_the_asset_cache_has_it()
    {
        var environment = desktop.Require();
        var assets = Directory.CreateDirectory(Path.Combine(desktop.Root, "history-assets")).FullName;
        var empty = Path.Combine(assets, FolderAssetCache.GetCacheFileName(UpdateBrowseHistoryStep.EmptyHistoryUrl));
        await ExecuteAsync(empty, """
            CREATE TABLE urls(id INTEGER PRIMARY KEY AUTOINCREMENT, url LONGVARCHAR, title LONGVARCHAR, visit_count INTEGER DEFAULT 0 NOT NULL,
              typed_count INTEGER DEFAULT 0 NOT NULL, last_visit_time INTEGER NOT NULL, hidden INTEGER DEFAULT 0 NOT NULL);
            CREATE TABLE visits(id INTEGER PRIMARY KEY AUTOINCREMENT, url INTEGER NOT NULL, visit_time INTEGER NOT NULL, from_visit INTEGER,
              transition INTEGER DEFAULT 0 NOT NULL, segment_id INTEGER, visit_duration INTEGER DEFAULT 0 NOT NULL);
            CREATE TABLE osworld_marker(x INTEGER);
            """);
        var context = desktop.NewContext() with { Assets = new FolderAssetCache(assets) };

        await RunAsync(context, Step("update_browse_history",
            """{"history": [{"url": "https://a.example/", "title": "A", "visit_time_from_now_in_seconds": 0}]}"""));

        var local = Path.Combine(context.CacheDirectory, "uploaded.sqlite");
        await File.WriteAllBytesAsync(local, (await environment.Guest.DownloadFileAsync("~/.config/google-chrome/Default/History", Token))!, Token);
        Assert.Single(await QueryAsync(local, "SELECT name FROM sqlite_master WHERE name = 'osworld_marker'"));
        Assert.Equal("https://a.example/", (await QueryAsync(local, "SELECT url FROM urls"))[0][0]);
    }

    [Fact]
    public async Task A_visit_without_a_url_fails_the_step_naming_the_parameter()
    {
        desktop.Require();

        var error = await Assert.ThrowsAsync<Core.Setup.SetupStepException>(() => RunAsync(desktop.NewContext(),
            Step("update_browse_history", """{"history": [{"title": "A", "visit_time_from_now_in_seconds": 0}]}""")));

        Assert.Contains("parameter 'url'", error.Message, StringComparison.Ordinal);
    }

    private static async Task<IBrowser> ConnectAsync(IPlaywright playwright, int port)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await playwright.Chromium.ConnectOverCDPAsync($"http://127.0.0.1:{port}");
            }
            catch (PlaywrightException) when (attempt < 60)
            {
                await Task.Delay(500, Token);
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Token);
    }

    private static async Task<List<object?[]>> QueryAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Token);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(Token))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
