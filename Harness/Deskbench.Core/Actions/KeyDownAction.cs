namespace Deskbench.Core.Actions;

public sealed record KeyDownAction(string Key) : DesktopAction;
