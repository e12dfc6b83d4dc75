namespace Deskbench.Core.Actions;

/// <summary>The agent says the task cannot be done (OSWorld's FAIL; scores 1 on infeasible tasks, 0 otherwise).</summary>
public sealed record FailAction : DesktopAction;
