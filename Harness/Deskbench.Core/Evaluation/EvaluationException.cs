namespace Deskbench.Core.Evaluation;

/// <summary>The evaluator itself failed (a getter could not reach the guest, a metric crashed): not the agent's fault.</summary>
public sealed class EvaluationException : Exception
{
    public EvaluationException(string message) : base(message) { }

    public EvaluationException(string message, Exception inner) : base(message, inner) { }
}
