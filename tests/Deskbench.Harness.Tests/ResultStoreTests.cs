using Deskbench.Core.Results;
using Deskbench.Harness.Results;
using Microsoft.Extensions.Logging.Abstractions;
using System.Text.Json.Nodes;

namespace Deskbench.Harness.Tests;

public sealed class ResultStoreTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly ResultStore _store;

    public ResultStoreTests()
    {
        _store = new ResultStore(_folder.Path, new RunKey("pyautogui", "screenshot", "org/model"), NullLogger<ResultStore>.Instance);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Uses_osworld_folder_layout()
    {
        Assert.Equal(_folder.Combine("pyautogui", "screenshot", "org_model"), _store.RunDirectory);
        Assert.Equal(_folder.Combine("pyautogui", "screenshot", "org_model", "os", "t1"), _store.GetTaskDirectory("os", "t1"));
    }

    [Fact]
    public async Task Scored_result_writes_result_json_and_python_float_result_txt()
    {
        var folder = _store.PrepareTaskFolder("os", "t1");

        await _store.WriteResultAsync(folder, TestTasks.Result("t1", "os", EpisodeStatus.Scored, 1), TestContext.Current.CancellationToken);

        Assert.Equal("1.0\n", await File.ReadAllTextAsync(Path.Combine(folder.Path, "result.txt"), TestContext.Current.CancellationToken));
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder.Path, "result.json"), TestContext.Current.CancellationToken))!;
        Assert.Equal("t1", json["task_id"]!.GetValue<string>());
        Assert.Equal("scored", json["status"]!.GetValue<string>());
        Assert.Equal("done", json["finish_reason"]!.GetValue<string>());
        Assert.Equal(1.5, json["phase_seconds"]!["agent"]!.GetValue<double>());
        Assert.True(_store.IsFinished("os", "t1"));
    }

    [Theory]
    [InlineData(EpisodeStatus.AgentError)]
    [InlineData(EpisodeStatus.InfraError)]
    [InlineData(EpisodeStatus.EvalError)]
    [InlineData(EpisodeStatus.Unsupported)]
    public async Task Unscored_result_writes_no_result_txt_so_the_task_reruns(EpisodeStatus status)
    {
        var folder = _store.PrepareTaskFolder("os", "t1");

        await _store.WriteResultAsync(folder, TestTasks.Result("t1", "os", status) with { Error = "boom" }, TestContext.Current.CancellationToken);

        Assert.False(File.Exists(Path.Combine(folder.Path, "result.txt")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "result.json")));
        Assert.False(_store.IsFinished("os", "t1"));
        Assert.Equal("boom", _store.TryReadResult("os", "t1")!.Error);
    }

    [Fact]
    public async Task Result_txt_is_written_last_so_a_failed_result_json_leaves_no_result_txt()
    {
        var folder = _store.PrepareTaskFolder("os", "t1");
        // A folder where result.json should go makes that write fail, like a crash before the end.
        Directory.CreateDirectory(Path.Combine(folder.Path, "result.json"));

        await Assert.ThrowsAnyAsync<IOException>(() =>
            _store.WriteResultAsync(folder, TestTasks.Result("t1", "os", EpisodeStatus.Scored, 1), TestContext.Current.CancellationToken));

        Assert.False(File.Exists(Path.Combine(folder.Path, "result.txt")));
        Assert.False(_store.IsFinished("os", "t1"));
    }

    [Fact]
    public async Task Preparing_a_task_folder_wipes_an_earlier_crashed_attempt()
    {
        var directory = _store.GetTaskDirectory("os", "t1");
        Directory.CreateDirectory(Path.Combine(directory, "sub"));
        await File.WriteAllTextAsync(Path.Combine(directory, "traj.jsonl"), "{\"step_num\": 1}\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "step_1_x.png"), "png", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, ".result.txt.abc.tmp"), "0.", TestContext.Current.CancellationToken);

        var folder = _store.PrepareTaskFolder("os", "t1");

        Assert.Equal(directory, folder.Path);
        Assert.True(Directory.Exists(directory));
        Assert.Empty(Directory.EnumerateFileSystemEntries(directory));
    }

    [Fact]
    public async Task Reads_back_results_and_osworld_only_result_txt()
    {
        var folder = _store.PrepareTaskFolder("chrome", "a");
        await _store.WriteResultAsync(folder, TestTasks.Result("a", "chrome", EpisodeStatus.Scored, 0.5), TestContext.Current.CancellationToken);
        var osworldOnly = _store.GetTaskDirectory("os", "b");
        Directory.CreateDirectory(osworldOnly);
        await File.WriteAllTextAsync(Path.Combine(osworldOnly, "result.txt"), "0.0\n", TestContext.Current.CancellationToken);
        Directory.CreateDirectory(_store.GetTaskDirectory("os", "unfinished"));

        var all = _store.ReadAllResults();

        Assert.Equal(["a", "b"], all.Select(r => r.TaskId));
        var a = _store.TryReadResult("chrome", "a")!;
        Assert.Equal(0.5, a.Score);
        Assert.Equal(FinishReason.Done, a.FinishReason);
        Assert.Equal(0.25, a.PhaseSeconds["setup"]);
        var b = _store.TryReadResult("os", "b")!;
        Assert.Equal(EpisodeStatus.Scored, b.Status);
        Assert.Equal(0.0, b.Score);
        Assert.Null(_store.TryReadResult("os", "unfinished"));
    }

    [Fact]
    public async Task A_scored_result_json_without_result_txt_does_not_count()
    {
        var folder = _store.PrepareTaskFolder("os", "t1");
        await _store.WriteResultAsync(folder, TestTasks.Result("t1", "os", EpisodeStatus.Scored, 1), TestContext.Current.CancellationToken);
        File.Delete(Path.Combine(folder.Path, "result.txt"));

        Assert.Null(_store.TryReadResult("os", "t1"));
    }

    [Fact]
    public void Results_folder_under_a_regular_file_is_a_clear_error()
    {
        var file = _folder.Combine("not-a-folder");
        File.WriteAllText(file, "x");
        var store = new ResultStore(Path.Combine(file, "results"), new RunKey("pyautogui", "screenshot", "m"), NullLogger<ResultStore>.Instance);

        var error = Assert.Throws<ResultsFolderNotWritableException>(store.EnsureWritable);

        Assert.Equal(store.RunDirectory, error.Folder);
        Assert.Contains($"results folder '{store.RunDirectory}' is not writable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_folder_in_a_read_only_file_system_is_a_clear_error()
    {
        if (!Directory.Exists("/proc/self"))
        {
            Assert.Skip("no /proc on this machine");
        }

        var store = new ResultStore("/proc/self/deskbench-results", new RunKey("pyautogui", "screenshot", "m"), NullLogger<ResultStore>.Instance);

        Assert.Throws<ResultsFolderNotWritableException>(store.EnsureWritable);
    }

    [Fact]
    public void Writable_results_folder_is_created_and_left_clean()
    {
        _store.EnsureWritable();

        Assert.True(Directory.Exists(_store.RunDirectory));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_store.RunDirectory));
    }

    [Fact]
    public async Task Manifest_and_args_are_snake_case_json_in_the_run_folder()
    {
        var manifest = new RunManifest
        {
            RunId = "r1",
            StartedAt = DateTimeOffset.UnixEpoch,
            Status = "running",
            Agent = "scripted",
            Provider = "local",
            ObservationType = "screenshot",
            ActionSpace = "pyautogui",
            MaxSteps = 15,
            DeskbenchVersion = "0.1.0",
            Machine = MachineInfo.Current(),
            Tasks = [new RunManifestTask("t1", "os", "abc", "/suite/os/t1.json")],
        };

        await _store.WriteManifestAsync(manifest, TestContext.Current.CancellationToken);
        await _store.WriteOsWorldArgsAsync(
            new OsWorldArgs { ActionSpace = "pyautogui", ObservationType = "screenshot", Model = "m", MaxSteps = 15, ResultDir = _folder.Path, ProviderName = "local" },
            TestContext.Current.CancellationToken);

        var run = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_store.RunDirectory, "run.json"), TestContext.Current.CancellationToken))!;
        Assert.Equal("r1", run["run_id"]!.GetValue<string>());
        Assert.Equal(Environment.ProcessorCount, run["machine"]!["cores"]!.GetValue<int>());
        Assert.Equal("abc", run["tasks"]![0]!["content_hash"]!.GetValue<string>());
        Assert.Equal("/suite/os/t1.json", run["tasks"]![0]!["source_path"]!.GetValue<string>());
        Assert.Equal("r1", _store.TryReadManifest()!.RunId);
        var args = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_store.RunDirectory, "args.json"), TestContext.Current.CancellationToken))!;
        Assert.Equal(15, args["max_steps"]!.GetValue<int>());
        Assert.Equal("pyautogui", args["action_space"]!.GetValue<string>());
        Assert.Equal("local", args["provider_name"]!.GetValue<string>());
        Assert.Equal(0.0, args["sleep_after_execution"]!.GetValue<double>());
    }
}
