namespace Deskbench.Core.Guest;

/// <summary>What happened to one action of a step: executed, failed (with the error) or not run.</summary>
public sealed record ActionOutcome(int Index, string Type, bool Success, string? Error = null, double ElapsedMilliseconds = 0);
