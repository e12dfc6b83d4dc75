using Deskbench.Tasks.Loading;
using Deskbench.Tasks.Tests.Support;

namespace Deskbench.Tasks.Tests.Loading;

/// <summary>Path resolution, domains, ids and skipping rules of <see cref="TaskLoader"/>, on files written for the test.</summary>
public sealed class TaskLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<TaskLoadResult> LoadAsync(string path) => new TaskLoader().LoadAsync(path, TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_loose_file_takes_its_folder_as_domain()
    {
        var path = _folder.Write("mine/a.json", TaskJson.Minimal("task-a"));

        var result = await LoadAsync(path);

        Assert.Equal(TaskSourceKind.TaskFile, result.SourceKind);
        var task = Assert.Single(result.Tasks);
        Assert.Equal("task-a", task.Id);
        Assert.Equal("mine", task.Domain);
        Assert.Equal(path, task.SourcePath);
    }

    [Fact]
    public async Task A_folder_skips_solution_index_and_unrelated_json_files()
    {
        _folder.Write("examples/os/a.json", TaskJson.Minimal("a"));
        _folder.Write("examples/os/a.solution.json", """{"id": "a", "instruction": "x", "evaluator": {"func": "f"}, "steps": []}""");
        _folder.Write("test_all.json", """{"os": ["a"]}""");
        _folder.Write("settings/config.json", """{"id": 5, "name": "not a task"}""");
        _folder.Write(".hidden/b.json", TaskJson.Minimal("b"));

        var result = await LoadAsync(_folder.Path);

        Assert.Empty(result.Problems);
        Assert.Equal(1, result.TaskFileCount);
        Assert.Equal("a", Assert.Single(result.Tasks).Id);
    }

    [Fact]
    public async Task An_index_resolves_examples_domain_id_files_and_reports_missing_ones()
    {
        _folder.Write("examples/os/a.json", TaskJson.Minimal("a"));
        _folder.Write("examples/web/b.json", TaskJson.Minimal("b"));
        var index = _folder.Write("suite.json", """{"os": ["a"], "web": ["b", "missing"]}""");

        var result = await LoadAsync(index);

        Assert.Equal(TaskSourceKind.Index, result.SourceKind);
        Assert.Equal(["a", "b"], result.Tasks.Select(t => t.Id));
        Assert.Equal(["os", "web"], result.Tasks.Select(t => t.Domain));
        Assert.Equal(3, result.TaskFileCount);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(index, problem.File);
        Assert.Equal("$.web[1]", problem.JsonPath);
        Assert.Contains(Path.Combine("examples", "web", "missing.json"), problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_entries_that_are_not_ids_are_reported_against_the_index()
    {
        _folder.Write("examples/os/a.json", TaskJson.Minimal("a"));
        var index = _folder.Write("test_small.json", """{"os": ["a", 4]}""");

        var result = await LoadAsync(index);

        Assert.Equal(TaskSourceKind.Index, result.SourceKind);
        Assert.Equal("a", Assert.Single(result.Tasks).Id);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((index, "$.os[1]", "expected a task id (non-empty string), got number"), (problem.File, problem.JsonPath, problem.Message));
    }

    [Fact]
    public async Task A_missing_path_is_a_problem_not_an_exception()
    {
        var result = await LoadAsync(Path.Combine(_folder.Path, "nope"));

        Assert.Equal(TaskSourceKind.None, result.SourceKind);
        Assert.Empty(result.Tasks);
        Assert.Contains("no such file or folder", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_ids_across_files_are_reported_and_only_the_first_kept()
    {
        var first = _folder.Write("x/one.json", TaskJson.Minimal("same"));
        var second = _folder.Write("y/two.json", TaskJson.Minimal("same"));

        var result = await LoadAsync(_folder.Path);

        Assert.Equal(first, Assert.Single(result.Tasks).SourcePath);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(second, problem.File);
        Assert.Equal("$.id", problem.JsonPath);
        Assert.Contains(first, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_keeps_unknown_keys_and_single_files_are_hashed()
    {
        var path = _folder.Write("d/t.json", TaskJson.Minimal("t").Replace("\"snapshot\"", "\"x_custom\": {\"k\": [1, 2]}, \"snapshot\"", StringComparison.Ordinal));

        var task = Assert.Single((await LoadAsync(path)).Tasks);

        Assert.Equal(2, task.Raw["x_custom"]!["k"]!.AsArray().Count);
        Assert.Equal(64, task.ContentHash.Length);
    }
}
