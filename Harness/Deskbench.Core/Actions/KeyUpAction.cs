namespace Deskbench.Core.Actions;

public sealed record KeyUpAction(string Key) : DesktopAction;
