using Deskbench.Core.Tasks;

namespace Deskbench.Core.Agents;

/// <summary>What an agent learns when an episode starts.</summary>
public sealed record AgentTaskContext(TaskSpec Task, int MaxSteps, string ObservationType);
