using Deskbench.Core.Results;
using Deskbench.Harness.Summary;

namespace Deskbench.Harness.Tests;

public sealed class RunSummaryTests
{
    private static readonly EpisodeResult[] Results =
    [
        TestTasks.Result("a", "os", EpisodeStatus.Scored, 1),
        TestTasks.Result("b", "os", EpisodeStatus.Scored, 0),
        TestTasks.Result("c", "os", EpisodeStatus.Scored, 1),
        TestTasks.Result("d", "os", EpisodeStatus.AgentError),
        TestTasks.Result("e", "chrome", EpisodeStatus.Scored, 0.5),
        TestTasks.Result("f", "chrome", EpisodeStatus.InfraError),
        TestTasks.Result("g", "chrome", EpisodeStatus.Unsupported),
    ];

    [Fact]
    public void Counts_success_and_rate_per_domain_over_scored_tasks()
    {
        var summary = RunSummary.FromResults(Results);

        Assert.Equal(["chrome", "os"], summary.Domains.Select(d => d.Domain));
        var os = summary.Domains[1];
        Assert.Equal(4, os.Tasks);
        Assert.Equal(3, os.Scored);
        Assert.Equal(2, os.Success);
        Assert.Equal(2.0 / 3, os.SuccessRate, 12);
        Assert.Equal(1, os.CountOf(EpisodeStatus.AgentError));
        var chrome = summary.Domains[0];
        Assert.Equal(0.5, chrome.SuccessRate);
        Assert.Equal(1, chrome.CountOf(EpisodeStatus.InfraError));
        Assert.Equal(1, chrome.CountOf(EpisodeStatus.Unsupported));
        Assert.Equal(7, summary.Total.Tasks);
        Assert.Equal(4, summary.Total.Scored);
        Assert.Equal(2.5, summary.Total.Success);
        Assert.Equal(0.625, summary.Total.SuccessRate);
        Assert.Equal(4, summary.Total.CountOf(EpisodeStatus.Scored));
    }

    [Fact]
    public void Rate_over_all_tasks_counts_unscored_tasks_as_zero_beside_the_scored_only_rate()
    {
        var summary = RunSummary.FromResults(Results);

        Assert.Equal(2.5 / 7, summary.Total.SuccessRateOverAll, 12);
        Assert.Equal(0.5, summary.Domains[1].SuccessRateOverAll);
        var table = summary.ToTable();
        Assert.Contains("rate (all)", table, StringComparison.Ordinal);
        Assert.Contains("rate (scored)", table, StringComparison.Ordinal);
        Assert.Matches(@"total\s*\|\s*7\s*\|\s*4\s*\|\s*2\.5\s*\|\s*35\.71%\s*\|\s*62\.50%", table);
    }

    [Fact]
    public void Empty_run_has_zero_rate()
    {
        var summary = RunSummary.FromResults([]);

        Assert.Empty(summary.Domains);
        Assert.Equal(0, summary.Total.SuccessRate);
    }

    [Fact]
    public void Renders_a_plain_text_table_with_a_total_row()
    {
        var lines = RunSummary.FromResults(Results).ToTable().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(6, lines.Length);
        Assert.StartsWith("domain", lines[0], StringComparison.Ordinal);
        Assert.Contains("agent_error", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^chrome\s+\|\s+3\s+\|\s+1\s+\|\s+0\.5\s+\|\s+16\.67%\s+\|\s+50\.00%\s+\|\s+0\s+\|\s+1\s+\|\s+0\s+\|\s+1\s+\|\s+0$", lines[2]);
        Assert.Matches(@"^os\s+\|\s+4\s+\|\s+3\s+\|\s+2\s+\|\s+50\.00%\s+\|\s+66\.67%", lines[3]);
        Assert.StartsWith("---", lines[4], StringComparison.Ordinal);
        Assert.Matches(@"^total\s+\|\s+7\s+\|\s+4\s+\|\s+2\.5\s+\|\s+35\.71%\s+\|\s+62\.50%", lines[5]);
    }
}
