using Deskbench.Harness.Export;
using System.Text.Json.Nodes;

namespace Deskbench.Harness.Tests.Export;

public sealed class ExportFormatTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Leaderboard_json_follows_the_shipped_schema()
    {
        var store = await ExportTestRun.WriteAsync(_folder.Path, ExportTestRun.Standard);
        await ExportTestRun.AddUsageAsync(store, "calc", "d", 1000, 200, 0.5m);
        var runs = RunFolderReader.FindAll(_folder.Path).Select(RunStatistics.From).ToList();

        var json = JsonNode.Parse(LeaderboardDocument.ToJson(runs, "deskbench test", DateTimeOffset.UnixEpoch))!;
        var schema = JsonNode.Parse(await File.ReadAllTextAsync(SchemaPath(), TestContext.Current.CancellationToken))!.AsObject();

        Assert.Empty(SchemaStructureCheck.Validate(schema, json));
        var run = json["runs"]![0]!;
        Assert.Equal("scripted", run["manifest"]!["agent"]!.GetValue<string>());
        Assert.Equal(15, run["manifest"]!["max_steps"]!.GetValue<int>());
        Assert.Equal(64, run["manifest"]!["suite_hash"]!.GetValue<string>().Length);
        Assert.Equal(0.333333, run["overall"]!["success_rate"]!.GetValue<double>());
        Assert.Equal(0.666667, run["overall"]!["finished_success_rate"]!.GetValue<double>());
        Assert.Equal(0.7, run["overall"]!["success_interval"]!["upper"]!.GetValue<double>(), 4);
        Assert.Equal(1, run["overall"]!["outcomes"]!["unfinished"]!.GetValue<int>());
        Assert.Equal(1000, run["overall"]!["input_tokens"]!.GetValue<long>());
        Assert.Equal(6, run["tasks"]!.AsArray().Count);
    }

    [Fact]
    public void The_schema_check_catches_a_missing_field_and_a_wrong_type()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath()))!.AsObject();
        var document = new JsonObject { ["schema_version"] = 1, ["runs"] = new JsonArray() };

        var problems = SchemaStructureCheck.Validate(schema, document);

        Assert.Contains(problems, p => p.Contains("missing 'generator'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("$.schema_version", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_has_one_quoted_row_per_task()
    {
        await ExportTestRun.WriteAsync(_folder.Path, ExportTestRun.Standard);
        var runs = RunFolderReader.FindAll(_folder.Path).Select(RunStatistics.From).ToList();

        var lines = CsvExport.Write(runs).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("run,domain,task_id,status,score,steps,seconds,input_tokens,output_tokens,cost_usd,error", lines[0]);
        Assert.Equal(7, lines.Length);
        Assert.Contains("pyautogui/screenshot/test-model,os,a,scored,1.0,3,30,,,,", lines);
        Assert.Contains("pyautogui/screenshot/test-model,os,c,agent_error,,1,10,,,,\"c failed, badly\"", lines);
        Assert.Contains("pyautogui/screenshot/test-model,calc,f,unfinished,,,,,,,", lines);
    }

    [Fact]
    public async Task Markdown_has_a_row_per_domain_and_an_overall_line()
    {
        await ExportTestRun.WriteAsync(_folder.Path, ExportTestRun.Standard);
        var runs = RunFolderReader.FindAll(_folder.Path).Select(RunStatistics.From).ToList();

        var markdown = MarkdownExport.Write(runs);

        Assert.Contains("## pyautogui/screenshot/test-model", markdown, StringComparison.Ordinal);
        Assert.Contains("| calc | 3 | 1 | 1 | 33.3% | [6.1, 79.2] | 100.0% | 0 | 1 | 0 | 0 | 0 | 1 | 2.0 | 45.0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| os | 3 | 2 | 1 | 33.3% |", markdown, StringComparison.Ordinal);
        Assert.Contains("**Overall:** 2/6 = 33.3% (95% CI [9.7, 70.0]) over all tasks of the suite; 66.7% over 3 finished.", markdown, StringComparison.Ordinal);
        Assert.Contains("Agent scripted", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Osworld_all_result_maps_domain_to_task_to_score_for_scored_tasks()
    {
        await ExportTestRun.WriteAsync(_folder.Path, ExportTestRun.Standard);
        var run = Assert.Single(RunFolderReader.FindAll(_folder.Path));

        var path = await OsWorldAllResult.WriteAsync(run, _folder.Combine("out"), TestContext.Current.CancellationToken);

        Assert.Equal(_folder.Combine("out", "all_result.json"), path);
        var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal("{\"calc\": {\"d\": 1.0}, \"os\": {\"a\": 1.0, \"b\": 0.0}}\n", text);
        Assert.NotNull(JsonNode.Parse(text));
    }

    private static string SchemaPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "leaderboard.schema.json");
            if (File.Exists(Path.Combine(dir.FullName, "Deskbench.slnx")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("no repository root above the test binaries");
    }
}
