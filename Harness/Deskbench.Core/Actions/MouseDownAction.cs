namespace Deskbench.Core.Actions;

public sealed record MouseDownAction(int? X = null, int? Y = null, MouseButton Button = MouseButton.Left) : DesktopAction;
