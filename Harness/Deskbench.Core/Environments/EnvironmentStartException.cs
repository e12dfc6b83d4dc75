namespace Deskbench.Core.Environments;

/// <summary>A desktop could not be started (an infrastructure failure, retried elsewhere; never the agent's fault).</summary>
public sealed class EnvironmentStartException : Exception
{
    public EnvironmentStartException(string message) : base(message) { }

    public EnvironmentStartException(string message, Exception inner) : base(message, inner) { }
}
