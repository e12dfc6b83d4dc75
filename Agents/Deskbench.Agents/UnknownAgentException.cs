namespace Deskbench.Agents;

/// <summary>No agent has the requested name; the message lists the known names.</summary>
public sealed class UnknownAgentException(string name, IEnumerable<string> knownNames)
    : ArgumentException($"unknown agent '{name}'; known agents: {string.Join(", ", knownNames)}")
{
    public string AgentName { get; } = name;
}
