using Deskbench.Core.Actions;
using Deskbench.Core.Setup;

namespace Deskbench.Core.Evaluation;

/// <summary>An episode to score: its setup context (task, environment, cache), the runner for postconfig, and the action history.</summary>
public sealed record EvaluationContext(SetupContext Setup, ISetupRunner SetupRunner, IReadOnlyList<AgentAction> ActionHistory);
