using Deskbench.Core.Environments;
using Deskbench.Core.Evaluation;
using Deskbench.Core.Guest;
using Deskbench.Core.Results;
using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;
using Deskbench.Harness.Episodes;

namespace Deskbench.Harness.Tests;

public sealed class EpisodeFailureClassifierTests
{
    [Fact]
    public void Agent_exception_is_agent_error()
    {
        var failure = EpisodeFailureClassifier.Classify(new AgentInvocationException("predict", new HttpRequestException("429")), EpisodePhase.Agent);

        Assert.Equal(EpisodeStatus.AgentError, failure.Status);
        Assert.Equal("agent predict failed: HttpRequestException: 429", failure.Message);
    }

    [Fact]
    public void Environment_start_failure_is_infra_error() =>
        Assert.Equal(EpisodeStatus.InfraError, EpisodeFailureClassifier.Classify(new EnvironmentStartException("no Xvfb"), EpisodePhase.Environment).Status);

    [Fact]
    public void Guest_unavailable_is_infra_error_in_any_phase() =>
        Assert.Equal(EpisodeStatus.InfraError, EpisodeFailureClassifier.Classify(new GuestUnavailableException("refused"), EpisodePhase.Evaluate).Status);

    [Fact]
    public void Evaluation_exception_is_eval_error() =>
        Assert.Equal(EpisodeStatus.EvalError, EpisodeFailureClassifier.Classify(new EvaluationException("metric crashed"), EpisodePhase.Evaluate).Status);

    [Fact]
    public void Unsupported_feature_is_unsupported_with_its_name()
    {
        var failure = EpisodeFailureClassifier.Classify(new UnsupportedFeatureException("metric", "compare_pptx_files"), EpisodePhase.Evaluate);

        Assert.Equal(EpisodeStatus.Unsupported, failure.Status);
        Assert.Contains("compare_pptx_files", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Failing_setup_step_is_infra_error()
    {
        var failure = EpisodeFailureClassifier.Classify(new SetupStepException(2, "open", "no window", new TimeoutException("30 s")), EpisodePhase.Setup);

        Assert.Equal(EpisodeStatus.InfraError, failure.Status);
        Assert.Contains("setup step 2 (open) failed", failure.Message, StringComparison.Ordinal);
        Assert.Contains("30 s", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Setup_step_failing_on_an_uncached_asset_is_unsupported()
    {
        var notCached = new AssetNotCachedException("https://huggingface.co/x.xlsx", "/cache");
        var failure = EpisodeFailureClassifier.Classify(
            new SetupStepException(0, "download", "download failed", new InvalidOperationException("wrapped", notCached)),
            EpisodePhase.Setup);

        Assert.Equal(EpisodeStatus.Unsupported, failure.Status);
        Assert.Contains("asset not cached: https://huggingface.co/x.xlsx", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Setup_step_failing_on_an_unsupported_feature_is_unsupported()
    {
        var failure = EpisodeFailureClassifier.Classify(
            new SetupStepException(1, "googledrive", "cannot", new UnsupportedFeatureException("setup step", "googledrive")),
            EpisodePhase.Setup);

        Assert.Equal(EpisodeStatus.Unsupported, failure.Status);
    }

    [Theory]
    [InlineData(EpisodePhase.Evaluate, EpisodeStatus.EvalError)]
    [InlineData(EpisodePhase.Agent, EpisodeStatus.AgentError)]
    [InlineData(EpisodePhase.Setup, EpisodeStatus.InfraError)]
    [InlineData(EpisodePhase.Actions, EpisodeStatus.InfraError)]
    [InlineData(EpisodePhase.Observe, EpisodeStatus.InfraError)]
    public void Unexpected_exception_is_blamed_on_its_phase(string phase, EpisodeStatus expected)
    {
        var failure = EpisodeFailureClassifier.Classify(new InvalidOperationException("bug"), phase);

        Assert.Equal(expected, failure.Status);
        Assert.Equal($"{phase}: InvalidOperationException: bug", failure.Message);
    }
}
