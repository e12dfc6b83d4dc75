using Deskbench.Harness.Report;
using Deskbench.Testing;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Deskbench.Report.Tests;

public sealed partial class ReportGeneratorTests
{
    private static ReportGenerator Generator() => new(TestOutputLoggerFactory.Instance, TimeProvider.System);

    [Fact]
    public async Task Writes_an_index_the_assets_and_a_page_and_data_file_per_task()
    {
        using var sample = await SampleResults.CreateAsync(TestContext.Current.CancellationToken);
        var output = await Generator().GenerateAsync(sample.Root, null, TestContext.Current.CancellationToken);

        Assert.Equal(Path.Combine(sample.Root, "report"), output.Directory);
        Assert.Equal(1, output.Runs);
        Assert.Equal(4, output.Tasks);
        Assert.True(File.Exists(output.IndexPath));
        foreach (var asset in ReportAssets.FileNames)
        {
            Assert.True(new FileInfo(Path.Combine(output.Directory, "assets", asset)).Length > 100, asset);
        }

        foreach (var (domain, id) in AllTasks)
        {
            Assert.True(File.Exists(Path.Combine(output.Directory, "tasks", domain, id + ".html")), id);
            Assert.True(File.Exists(Path.Combine(output.Directory, "tasks", domain, id + ".data.js")), id);
        }
    }

    [Fact]
    public async Task Escapes_hostile_text_from_results_in_pages_and_data_files()
    {
        using var sample = await SampleResults.CreateAsync(TestContext.Current.CancellationToken);
        var output = await Generator().GenerateAsync(sample.Root, null, TestContext.Current.CancellationToken);
        var page = File.ReadAllText(Path.Combine(output.Directory, "tasks", "alpha", SampleResults.ScriptTaskId + ".html"));
        var data = File.ReadAllText(Path.Combine(output.Directory, "tasks", "alpha", SampleResults.ScriptTaskId + ".data.js"));
        var errorPage = File.ReadAllText(Path.Combine(output.Directory, "tasks", "beta", SampleResults.ErrorTaskId + ".html"));
        var index = File.ReadAllText(Path.Combine(output.Directory, "data", "index.js"));

        Assert.Contains("Close the &lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; dialog &amp; save", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;boom&lt;/b&gt;", errorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>boom", errorPage, StringComparison.Ordinal);
        foreach (var script in new[] { data, index })
        {
            Assert.DoesNotContain("<", script, StringComparison.Ordinal);
            Assert.DoesNotContain(">", script, StringComparison.Ordinal);
        }

        // The escaped data still carries the exact text: the JSON parses back to it.
        var steps = ParseScript(data)["steps"]!.AsArray();
        Assert.Equal(SampleResults.HostileAction, steps[0]!["action"]!.GetValue<string>());
        var listed = ParseScript(index)["tasks"]!.AsArray().Single(t => t![2]!.GetValue<string>() == SampleResults.ScriptTaskId)!;
        Assert.Equal(SampleResults.HostileInstruction, listed[7]!.GetValue<string>());
    }

    [Fact]
    public async Task The_index_data_is_compact_and_holds_no_trajectory()
    {
        using var sample = await SampleResults.CreateAsync(TestContext.Current.CancellationToken);
        var output = await Generator().GenerateAsync(sample.Root, null, TestContext.Current.CancellationToken);
        var index = File.ReadAllText(Path.Combine(output.Directory, "data", "index.js"));
        var tasks = ParseScript(index)["tasks"]!.AsArray();

        Assert.Equal(4, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(IndexDataWriter.Columns.Count, t!.AsArray().Count));
        Assert.DoesNotContain("thinking about step", index, StringComparison.Ordinal);
        Assert.DoesNotContain(".png", index, StringComparison.Ordinal);
        Assert.True(index.Length < 400 * tasks.Count, $"index.js is {index.Length} characters for {tasks.Count} tasks");
        var missing = tasks.Single(t => t![2]!.GetValue<string>() == SampleResults.MissingTaskId)!;
        Assert.Equal("no_result", missing[3]!.GetValue<string>());
        Assert.Null(missing[4]);
    }

    [Fact]
    public async Task The_summary_counts_tasks_scores_and_outcomes_per_domain_and_in_total()
    {
        using var sample = await SampleResults.CreateAsync(TestContext.Current.CancellationToken);
        var output = await Generator().GenerateAsync(sample.RunDirectory, null, TestContext.Current.CancellationToken);
        var html = File.ReadAllText(output.IndexPath);

        // domain, tasks, scored, success, rate (scored), rate (all), agent_error, infra_error, eval_error, unsupported, timeout, no_result
        Assert.Equal(["alpha", "2", "2", "1", "50.0%", "50.0%", "0", "0", "0", "0", "0", "0"], RowCells(html, "domain", "alpha"));
        Assert.Equal(["beta", "2", "0", "0", "–", "0.0%", "1", "0", "0", "0", "0", "1"], RowCells(html, "domain", "beta"));
        Assert.Equal(["total", "4", "2", "1", "50.0%", "25.0%", "1", "0", "0", "0", "0", "1"], RowCells(html, "total", "total"));
        Assert.Contains("class=\"bar-fill\" style=\"width:25%\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screenshot_links_of_a_task_page_resolve_to_the_recorded_pngs()
    {
        using var sample = await SampleResults.CreateAsync(TestContext.Current.CancellationToken);
        var outside = Path.Combine(sample.Root, "elsewhere", "site");
        var output = await Generator().GenerateAsync(sample.Root, outside, TestContext.Current.CancellationToken);
        var pageDirectory = Path.Combine(output.Directory, "tasks", "alpha");
        var steps = ParseScript(File.ReadAllText(Path.Combine(pageDirectory, SampleResults.ScriptTaskId + ".data.js")))["steps"]!.AsArray();

        Assert.Equal(3, steps.Count);
        var files = steps.Select(s => Path.GetFullPath(Path.Combine(pageDirectory, Uri.UnescapeDataString(s!["shot"]!.GetValue<string>())))).ToList();
        Assert.All(files, f => Assert.True(File.Exists(f), f));
        Assert.Equal(3, files.Distinct().Count());
        Assert.All(files, f => Assert.StartsWith(sample.RunDirectory, f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Regenerating_inside_the_run_folder_does_not_take_the_report_for_a_domain()
    {
        using var sample = await SampleResults.CreateAsync(TestContext.Current.CancellationToken);
        await Generator().GenerateAsync(sample.RunDirectory, null, TestContext.Current.CancellationToken);
        var again = await Generator().GenerateAsync(sample.RunDirectory, null, TestContext.Current.CancellationToken);

        Assert.Equal(4, again.Tasks);
        Assert.False(Directory.Exists(Path.Combine(again.Directory, "tasks", "report")));
    }

    [Fact]
    public async Task Several_runs_under_a_results_root_get_pages_of_their_own()
    {
        using var sample = await SampleResults.CreateAsync(TestContext.Current.CancellationToken);
        var copy = Path.Combine(sample.Root, "pyautogui", "screenshot", "other-model");
        CopyDirectory(sample.RunDirectory, copy);
        var output = await Generator().GenerateAsync(sample.Root, null, TestContext.Current.CancellationToken);

        Assert.Equal(2, output.Runs);
        Assert.Equal(8, output.Tasks);
        Assert.True(File.Exists(Path.Combine(output.Directory, "runs", "1", "tasks", "alpha", SampleResults.ScriptTaskId + ".html")));
        Assert.True(File.Exists(Path.Combine(output.Directory, "runs", "2", "tasks", "alpha", SampleResults.ScriptTaskId + ".html")));
        var html = File.ReadAllText(output.IndexPath);
        Assert.Contains("id=\"summary-1\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"filter-run\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_run_data_is_refused_with_a_message_naming_it()
    {
        var empty = Directory.CreateTempSubdirectory("deskbench-report-empty-");
        try
        {
            var error = await Assert.ThrowsAsync<ReportInputException>(() => Generator().GenerateAsync(empty.FullName, null, TestContext.Current.CancellationToken));
            Assert.Contains(empty.FullName, error.Message, StringComparison.Ordinal);
            Assert.Contains("run.json", error.Message, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(empty.FullName, "report")));
            await Assert.ThrowsAsync<ReportInputException>(() => Generator().GenerateAsync(Path.Combine(empty.FullName, "absent"), null, TestContext.Current.CancellationToken));
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    private static readonly (string Domain, string Id)[] AllTasks =
    [
        ("alpha", SampleResults.ScriptTaskId), ("alpha", SampleResults.PlainTaskId), ("beta", SampleResults.ErrorTaskId), ("beta", SampleResults.MissingTaskId),
    ];

    private static JsonObject ParseScript(string script)
    {
        var start = script.IndexOf('{', StringComparison.Ordinal);
        var end = script.LastIndexOf('}');
        return JsonNode.Parse(script[start..(end + 1)])!.AsObject();
    }

    private static List<string> RowCells(string html, string rowClass, string domain)
    {
        var row = Regex.Match(html, $"<tr class=\"{rowClass}\" data-domain=\"{domain}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"no {rowClass} row for {domain}");
        return [.. CellPattern().Matches(row.Groups[1].Value).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
