namespace Deskbench.Core.Actions;

public sealed record MouseUpAction(int? X = null, int? Y = null, MouseButton Button = MouseButton.Left) : DesktopAction;
