namespace Deskbench.Core.Evaluation;

/// <summary>Scores a finished episode with the task's evaluator (OSWorld semantics: postconfig, getters, metrics, conj).</summary>
public interface ITaskEvaluator
{
    /// <summary>Names of the getters and metrics this evaluator implements.</summary>
    IReadOnlyCollection<string> SupportedGetters { get; }

    IReadOnlyCollection<string> SupportedMetrics { get; }

    Task<EvaluationResult> EvaluateAsync(EvaluationContext context, CancellationToken cancellationToken);
}
