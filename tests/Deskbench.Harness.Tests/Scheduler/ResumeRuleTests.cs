using Deskbench.Core.Results;
using Deskbench.Harness.Runs;

namespace Deskbench.Harness.Tests.Scheduler;

public sealed class ResumeRuleTests
{
    [Theory]
    [InlineData(EpisodeStatus.InfraError, false, false)]
    [InlineData(EpisodeStatus.InfraError, true, true)]
    [InlineData(EpisodeStatus.EvalError, false, false)]
    [InlineData(EpisodeStatus.EvalError, true, true)]
    [InlineData(EpisodeStatus.AgentError, true, false)]
    [InlineData(EpisodeStatus.Unsupported, true, false)]
    [InlineData(EpisodeStatus.Timeout, true, false)]
    [InlineData(EpisodeStatus.Scored, true, false)]
    public void Only_infra_and_eval_errors_rerun_and_only_when_asked(EpisodeStatus status, bool rerunErrors, bool expected) =>
        Assert.Equal(expected, ResumeRule.ShouldRun(TestTasks.Result("t", "os", status, status == EpisodeStatus.Scored ? 1 : null), rerunErrors));

    [Fact]
    public void A_task_without_a_result_runs() => Assert.True(ResumeRule.ShouldRun(null, rerunErrors: false));
}
