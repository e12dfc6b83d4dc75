using System.Diagnostics;
using Deskbench.Evaluators.Metrics.General;
using Deskbench.Evaluators.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Deskbench.Evaluators.Tests.Metrics;

/// <summary>The file-reading metrics of general.py (and gimp.py's check_config_status), on real files.</summary>
public sealed class GeneralFileMetricTests : IDisposable
{
    private readonly TempDirectory files = new();

    [Fact]
    public async Task Check_csv_needs_every_expected_record_and_no_unexpected_one()
    {
        var csv = files.Write("accounts.csv", "url,user,password\r\n\"imap://outlook.office365.com\",anonym-x2024@outlook.com,\"a,b\"\r\nsmtp://x.org,bob,pw\r\n");
        var metric = new CheckCsvMetric();
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(csv), Metric.Json("""{"expect": [{"user": "bob", "url": "smtp://x.org"}, {"password": "a,b"}]}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(csv), Metric.Json("""{"unexpect": [{"url": "imap://outlook.office365.com", "user": "anonym-x2024@outlook.com"}]}""")));
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(csv), Metric.Json("""{"unexpect": [{"url": "imap://outlook.office365.com", "user": "someone-else"}]}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(csv), Metric.Json("""{"expect": [{"user": "carol"}]}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, null, Metric.Json("""{"expect": []}""")));
        await Assert.ThrowsAsync<FileNotFoundException>(async () =>
            await Metric.ScoreAsync(metric, Metric.Text(files.Combine("missing.csv")), Metric.Json("""{"expect": []}""")));
    }

    [Fact]
    public async Task Run_sqlite3_returns_the_first_value_of_the_query_on_a_real_database()
    {
        var database = files.Combine("global-messages-db.sqlite");
        await RunAsync("/usr/bin/sqlite3", database,
            "PRAGMA journal_mode=WAL; CREATE TABLE messages(id INTEGER, folderID INTEGER); INSERT INTO messages VALUES (1, 13), (2, 13), (3, 7);");
        var metric = new RunSqlite3Metric();

        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(database), Metric.Json("""{"sql": "SELECT (SELECT COUNT(*) FROM messages WHERE folderID = 13) = 2;"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(database), Metric.Json("""{"sql": "SELECT COUNT(*) FROM messages WHERE folderID = 99;"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(database), Metric.Json("""{"sql": "SELECT NULL;"}""")));
        Assert.Equal(2.5, await Metric.ScoreAsync(metric, Metric.Text(database), Metric.Json("""{"sql": "SELECT '2.5';"}""")));
        await Assert.ThrowsAnyAsync<Exception>(async () =>
            await Metric.ScoreAsync(metric, Metric.Text(database), Metric.Json("""{"sql": "SELECT * FROM no_such_table;"}""")));
        var missing = await Assert.ThrowsAsync<FileNotFoundException>(async () =>
            await Metric.ScoreAsync(metric, Metric.Text(files.Combine("none.sqlite")), Metric.Json("""{"sql": "SELECT 1;"}""")));
        Assert.Contains("run_sqlite3", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Is_included_all_json_objects_checks_the_first_file_against_the_second()
    {
        var gold = files.Write("gold.json", """{"a": 1, "b": [1, 2]}""");
        var superset = files.Write("result.json", """{"a": 1.0, "b": [1, 2], "c": "x"}""");
        var changed = files.Write("changed.json", """{"a": 2, "b": [1, 2]}""");
        var metric = new IsIncludedAllJsonObjectsMetric();
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(gold), Metric.Text(superset)));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(gold), Metric.Text(changed)));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(""), Metric.Text(superset)));
    }

    [Fact]
    public async Task Compare_terminal_and_txt_is_exact_equality()
    {
        var text = files.Write("out.txt", "hello\nworld\n");
        var metric = new CompareTerminalAndTxtMetric();
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(text), Metric.Text("hello\nworld\n")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(text), Metric.Text("hello\nworld")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(text), null));
    }

    [Fact]
    public async Task Compare_python_pure_text_ignores_headers_blank_lines_tabs_and_trailing_blanks()
    {
        var gold = files.Write("gold.py", "def f():\n    return 1\n\nprint(f())\n");
        var user = files.Write("user.py", "#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\ndef f():  \n\treturn 1\n\n\nprint(f())");
        var fenced = files.Write("fenced.py", "```python\ndef f():\n    return 1\nprint(f())\n```\n");
        var metric = new ComparePythonPureTextMetric();
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(user), Metric.Text(gold)));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(fenced), Metric.Text(gold)));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(files.Combine("missing.py")), Metric.Text(gold)));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, null, Metric.Text(gold)));
    }

    [Fact]
    public async Task Compare_time_in_speedtest_results_compares_the_time_of_day_with_the_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 10, 30, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        var csv = files.Write("speedtest.csv", "Server,Date,Download\nParis,2026-11-26 10:27,93.1\n");
        var metric = new CompareTimeInSpeedtestResultsMetric(clock);
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(csv), Metric.Json("5")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(csv), Metric.Json("\"2\"")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(files.Write("short.csv", "Server,Date\n")), Metric.Json("5")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(""), Metric.Json("5")));
    }

    [Fact]
    public async Task Check_config_status_finds_a_gimprc_key_value_line()
    {
        var gimprc = files.Write("gimprc", "# GIMP gimprc\n\n(undo-levels 100)\n(default-image\n    (width 1920))\n(theme \"Dark\")\n");
        var metric = new CheckConfigStatusMetric();
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(gimprc), Metric.Json("""{"type:": "key-value", "key": "undo-levels", "value": "100"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(gimprc), Metric.Json("""{"key": "undo-levels", "value": "5"}""")));
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(gimprc), Metric.Json("""{"key": "theme", "value": "\"Dark\""}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, null, Metric.Json("""{"key": "theme", "value": "x"}""")));
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, errors);
    }

    public void Dispose() => files.Dispose();
}
