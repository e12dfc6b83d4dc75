using Deskbench.Core.Environments;
using Deskbench.Core.Evaluation;
using Deskbench.Core.Guest;
using Deskbench.Core.Results;
using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;

namespace Deskbench.Harness.Episodes;

/// <summary>
/// Maps an exception that ended an episode to its status: agent_error (the agent threw), infra_error (the desktop could
/// not start or its guest stopped answering, a setup step failed), eval_error (the evaluator failed), unsupported (a
/// feature this build lacks, or a task asset that is not cached).
/// </summary>
public static class EpisodeFailureClassifier
{
    /// <param name="exception">What was thrown.</param>
    /// <param name="phase">The <see cref="EpisodePhase"/> it was thrown in; decides the status of unexpected exception types.</param>
    public static EpisodeFailure Classify(Exception exception, string phase)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            AgentInvocationException agent => new(EpisodeStatus.AgentError, agent.Message),
            UnsupportedFeatureException unsupported => new(EpisodeStatus.Unsupported, unsupported.Message),
            AssetNotCachedException notCached => new(EpisodeStatus.Unsupported, notCached.Message),
            SetupStepException setup => ClassifySetupFailure(setup),
            EnvironmentStartException start => new(EpisodeStatus.InfraError, $"environment start failed: {start.Message}"),
            GuestUnavailableException guest => new(EpisodeStatus.InfraError, $"guest unavailable: {guest.Message}"),
            EvaluationException evaluation => new(EpisodeStatus.EvalError, evaluation.Message),
            _ => ClassifyUnexpected(exception, phase),
        };
    }

    private static EpisodeFailure ClassifySetupFailure(SetupStepException setup)
    {
        var cause = FindCause(setup);
        if (cause is null)
        {
            return new(EpisodeStatus.InfraError, WithInnerMessage(setup));
        }

        return new(EpisodeStatus.Unsupported, setup.Message.Contains(cause.Message, StringComparison.Ordinal)
            ? setup.Message
            : $"{setup.Message}: {cause.Message}");
    }

    /// <summary>The innermost "not cached" or "unsupported" cause of a setup failure, if any.</summary>
    private static Exception? FindCause(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is AssetNotCachedException or UnsupportedFeatureException)
            {
                return inner;
            }
        }

        return null;
    }

    private static EpisodeFailure ClassifyUnexpected(Exception exception, string phase)
    {
        var message = $"{phase}: {exception.GetType().Name}: {exception.Message}";
        return phase switch
        {
            EpisodePhase.Evaluate => new(EpisodeStatus.EvalError, message),
            EpisodePhase.Agent => new(EpisodeStatus.AgentError, message),
            _ => new(EpisodeStatus.InfraError, message),
        };
    }

    private static string WithInnerMessage(Exception exception) =>
        exception.InnerException is { } inner && !exception.Message.Contains(inner.Message, StringComparison.Ordinal)
            ? $"{exception.Message}: {inner.Message}"
            : exception.Message;
}
