namespace Deskbench.Core.Actions;

/// <summary>Types <see cref="Text"/> character by character (any Unicode character, shifted ones included).</summary>
public sealed record TypeTextAction(string Text, double IntervalSeconds = 0) : DesktopAction;
