using System.Text.Json;
using Deskbench.Tasks.Loading;
using Deskbench.Tasks.Tests.Support;

namespace Deskbench.Tasks.Tests.Loading;

/// <summary>The real Windows Agent Arena suite (shared/suites/waa): examples/&lt;domain&gt;/ plus index files.</summary>
public sealed class WaaSuiteTests
{
    private static Task<TaskLoadResult> LoadAsync(string relative) =>
        new TaskLoader().LoadAsync(Path.Combine(SuiteLocator.Waa, relative), TestContext.Current.CancellationToken);

    private static Dictionary<string, int> IndexCounts(string indexFile)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(SuiteLocator.Waa, indexFile)));
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetArrayLength());
    }

    [Fact]
    public async Task Test_all_index_loads_154_tasks_with_the_per_domain_counts_of_the_index()
    {
        var expected = IndexCounts("test_all.json");
        var result = await LoadAsync("test_all.json");

        Assert.Empty(result.Problems);
        Assert.Equal(154, expected.Values.Sum());
        Assert.Equal(154, result.Tasks.Count);
        Assert.Equal(expected, result.Tasks.GroupBy(t => t.Domain).ToDictionary(g => g.Key, g => g.Count()));
        Assert.Equal(19, expected["file_explorer"]);
        Assert.Equal(24, expected["vs_code"]);
    }

    [Fact]
    public async Task Index_entries_name_the_tasks_even_where_the_file_declares_another_id()
    {
        var result = await LoadAsync("test_all.json");

        // Two WAA files reuse another file's id; WAA's runner names tasks by the index entry (= file name), and so do we.
        var copy = Assert.Single(result.Tasks, t => t.Id == "982d12a5-beab-424f-8d38-d2a48429e511-2-WOS");
        Assert.Equal("982d12a5-beab-424f-8d38-d2a48429e511-WOS", copy.Raw["id"]!.GetValue<string>());
        Assert.All(result.Tasks, t => Assert.Equal(Path.GetFileNameWithoutExtension(t.SourcePath), t.Id));
    }

    [Fact]
    public async Task Small_and_custom_indexes_load()
    {
        var small = await LoadAsync("test_small.json");
        var custom = await LoadAsync("test_custom.json");

        Assert.Empty(small.Problems);
        Assert.Equal(IndexCounts("test_small.json").Values.Sum(), small.Tasks.Count);
        Assert.Empty(custom.Problems);
        Assert.Equal(IndexCounts("test_custom.json").Values.Sum(), custom.Tasks.Count);
    }

    [Fact]
    public async Task Windows_specific_files_load_with_null_sources_and_empty_infeasible_getters()
    {
        var tasks = (await LoadAsync("test_all.json")).Tasks;

        Assert.Contains(tasks, t => t.Source is null && t.Raw["source"] is null);
        var infeasible = Assert.Single(tasks, t => t.Id == "INF-0d95d28a-9587-433b-a805-1fbe5467d598-WOS");
        Assert.True(infeasible.Evaluator.IsInfeasible);
        Assert.Equal([null], infeasible.Evaluator.Results);
        Assert.False(infeasible.Evaluator.HasExpected);
    }

    [Fact]
    public async Task Folder_tree_reports_the_files_that_reuse_an_id()
    {
        var result = await LoadAsync("examples");

        Assert.Equal(154, result.TaskFileCount);
        Assert.Equal(152, result.Tasks.Count);
        Assert.Equal(2, result.Problems.Count);
        Assert.All(result.Problems, p =>
        {
            Assert.Equal("$.id", p.JsonPath);
            Assert.Contains("expected a unique task id", p.Message, StringComparison.Ordinal);
        });
        // Files load in ordinal path order, so the later file of each pair is the one reported.
        Assert.Equal(
            ["982d12a5-beab-424f-8d38-d2a48429e511-WOS.json", "INF-5ac2891a-eacd-4954-b339-98abba077adb-WOS.json"],
            result.Problems.Select(p => Path.GetFileName(p.File)).Order(StringComparer.Ordinal));
    }
}
