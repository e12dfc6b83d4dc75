namespace Deskbench.Agents.Remote;

/// <summary>The agent protocol's constants (docs/agent-protocol.md).</summary>
public static class RemoteAgentProtocol
{
    /// <summary>The protocol version sent in every reset.</summary>
    public const int Version = 1;

    /// <summary><c>POST</c>: a new task starts; the agent forgets the previous one.</summary>
    public const string ResetPath = "reset";

    /// <summary><c>POST</c>: one observation in, the next actions out.</summary>
    public const string PredictPath = "predict";
}
