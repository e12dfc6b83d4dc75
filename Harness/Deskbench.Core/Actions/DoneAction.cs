namespace Deskbench.Core.Actions;

/// <summary>The agent says the task is complete.</summary>
public sealed record DoneAction : DesktopAction;
