namespace Deskbench.Harness.Episodes;

/// <summary>The agent threw from <see cref="Operation"/> (reset or predict): the episode ends as agent_error.</summary>
public sealed class AgentInvocationException : Exception
{
    public AgentInvocationException(string operation, Exception inner)
        : base($"agent {operation} failed: {inner.GetType().Name}: {inner.Message}", inner)
    {
        Operation = operation;
    }

    public string Operation { get; }
}
