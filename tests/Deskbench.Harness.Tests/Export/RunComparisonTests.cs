using Deskbench.Core.Results;
using Deskbench.Harness.Export;
using Deskbench.Harness.Results;
using System.Text.Json.Nodes;

namespace Deskbench.Harness.Tests.Export;

public sealed class RunComparisonTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Lists_changed_tasks_tasks_in_one_run_only_and_the_change_per_domain()
    {
        var comparison = await CompareAsync();

        Assert.Equal(
            ["calc/e:changed", "calc/f:changed", "os/a:changed", "os/c:only_in_a", "os/z:only_in_b"],
            comparison.Tasks.Select(t => $"{t.Domain}/{t.TaskId}:{t.Kind}"));
        Assert.Equal(-1, comparison.Tasks.Single(t => t.TaskId == "a").ScoreChange);
        Assert.Equal(1, comparison.Tasks.Single(t => t.TaskId == "e").ScoreChange);
        var calc = comparison.Domains.Single(d => d.Domain == "calc");
        Assert.Equal(2.0 / 3 - 1.0 / 3, calc.Change!.Value, 9);
        var os = comparison.Domains.Single(d => d.Domain == "os");
        Assert.Equal(0, os.Change!.Value, 9);
        Assert.Equal(3.0 / 6 - 2.0 / 6, comparison.Overall.Change!.Value, 9);
    }

    [Fact]
    public async Task Text_markdown_and_json_renderings_show_the_differences()
    {
        var comparison = await CompareAsync();

        var text = ComparisonWriter.Text(comparison);
        var markdown = ComparisonWriter.Markdown(comparison);
        var json = JsonNode.Parse(ComparisonWriter.Json(comparison))!;

        Assert.Contains("Tasks that differ: 5", text, StringComparison.Ordinal);
        Assert.Matches(@"os\s+\|\s+a\s+\|\s+scored 1.0\s+\|\s+scored 0.0\s+\|\s+-1", text);
        Assert.Matches(@"calc\s+\|\s+3\s+\|\s+33.3%\s+\|\s+3\s+\|\s+66.7%\s+\|\s+\+33.3 pp", text);
        Assert.Matches(@"overall\s+\|\s+6\s+\|\s+33.3%\s+\|\s+6\s+\|\s+50.0%\s+\|\s+\+16.7 pp", text);
        Assert.Contains("| os | c | agent_error | - | only in a |", markdown, StringComparison.Ordinal);
        Assert.Equal(5, json["tasks"]!.AsArray().Count);
        Assert.Equal(0.166667, json["overall"]!["change"]!.GetValue<double>());
    }

    [Fact]
    public async Task Identical_runs_have_no_differences()
    {
        var a = await ExportTestRun.WriteAsync(_folder.Combine("a"), ExportTestRun.Standard);
        var b = await ExportTestRun.WriteAsync(_folder.Combine("b"), ExportTestRun.Standard);

        var comparison = RunComparison.Compare(
            RunStatistics.From(RunFolderReader.Read(a.RunDirectory)), RunStatistics.From(RunFolderReader.Read(b.RunDirectory)));

        Assert.Empty(comparison.Tasks);
        Assert.All(comparison.Domains, d => Assert.Equal(0, d.Change));
    }

    /// <summary>
    /// A is the standard run. B: os/a drops to 0, os/c is gone, os/z is new (1.0), calc/e is now scored 1.0,
    /// calc/f ended in a timeout.
    /// </summary>
    private async Task<RunComparison> CompareAsync()
    {
        var a = await ExportTestRun.WriteAsync(_folder.Combine("a"), ExportTestRun.Standard);
        ExportTestRun.Entry[] entriesB =
        [
            new("os", "a", EpisodeStatus.Scored, 0),
            new("os", "b", EpisodeStatus.Scored, 0),
            new("os", "z", EpisodeStatus.Scored, 1),
            new("calc", "d", EpisodeStatus.Scored, 1),
            new("calc", "e", EpisodeStatus.Scored, 1),
            new("calc", "f", EpisodeStatus.Timeout),
        ];
        var b = await ExportTestRun.WriteAsync(_folder.Combine("b"), entriesB);
        return RunComparison.Compare(Statistics(a), Statistics(b));
    }

    private static RunStatistics Statistics(ResultStore store) => RunStatistics.From(RunFolderReader.Read(store.RunDirectory));
}
