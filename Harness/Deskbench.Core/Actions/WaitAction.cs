namespace Deskbench.Core.Actions;

public sealed record WaitAction(double Seconds) : DesktopAction;
