namespace Deskbench.Agents.Remote;

/// <summary>
/// The remote agent could not be used: no answer after the retries, a refused request, or a reply that breaks the
/// protocol. The message names the agent's URL, the call and the step, and quotes the start of what came back.
/// </summary>
public sealed class RemoteAgentException : Exception
{
    public RemoteAgentException()
    {
    }

    public RemoteAgentException(string message)
        : base(message)
    {
    }

    public RemoteAgentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
