namespace Deskbench.Core.Guest;

public sealed record PointerPosition(int X, int Y);
