using Deskbench.Core.Environments;

namespace Deskbench.Cli.Commands;

/// <summary>
/// <c>deskbench bench a11y</c>: how many tree reads to time per screen (ours over HTTP, the pyatspi walker in the guest),
/// the desktop size, and the path of the reference walker (found in the source tree when null).
/// </summary>
public sealed record AccessibilityBenchmarkSettings(int Reads, int ReferenceReads, ScreenSize Screen, string? WalkerScript, bool Verbose);
