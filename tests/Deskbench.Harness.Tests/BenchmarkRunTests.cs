using Deskbench.Agents;
using Deskbench.Harness.Results;
using Deskbench.Harness.Runs;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Harness.Tests;

public sealed class BenchmarkRunTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Unwritable_results_folder_stops_the_run_before_any_task()
    {
        var file = _folder.Combine("file");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);
        var store = new ResultStore(Path.Combine(file, "results"), new RunKey("pyautogui", "screenshot", "noop"), NullLogger<ResultStore>.Instance);
        await using var agent = new NoopAgent();
        // No episode runner: reaching any task would throw NullReferenceException instead of the expected error.
        var run = new BenchmarkRun(null!, agent, store, new BenchmarkRunOptions(), TimeProvider.System, NullLogger<BenchmarkRun>.Instance);

        var error = await Assert.ThrowsAsync<ResultsFolderNotWritableException>(() =>
            run.RunAsync([TestTasks.Create("t1")], TestContext.Current.CancellationToken));

        Assert.Contains(store.RunDirectory, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ids_are_unique_unless_given()
    {
        var store = new ResultStore(_folder.Path, new RunKey("pyautogui", "screenshot", "noop"), NullLogger<ResultStore>.Instance);
        var agent = new NoopAgent();

        var a = new BenchmarkRun(null!, agent, store, new BenchmarkRunOptions(), TimeProvider.System, NullLogger<BenchmarkRun>.Instance);
        var b = new BenchmarkRun(null!, agent, store, new BenchmarkRunOptions(), TimeProvider.System, NullLogger<BenchmarkRun>.Instance);
        var named = new BenchmarkRun(null!, agent, store, new BenchmarkRunOptions { RunId = "mine" }, TimeProvider.System, NullLogger<BenchmarkRun>.Instance);

        Assert.NotEqual(a.RunId, b.RunId);
        Assert.Equal("mine", named.RunId);
        Assert.False(string.IsNullOrWhiteSpace(BenchmarkRun.DeskbenchVersion));
    }
}
