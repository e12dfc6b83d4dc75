using Deskbench.Core.Environments;

namespace Deskbench.Cli.Commands;

/// <summary>
/// <c>deskbench bench a11y</c>: how many tree reads to time per screen (ours over HTTP, the pyatspi walker in the guest),
/// the desktop size, and the path of the reference walker (found in the source tree when null). With
/// <paramref name="PacedReads"/> &gt; 0, that many reads of each side are also timed one every <paramref name="Pace"/>
/// (as an agent reads once per step), before the back-to-back reads. <paramref name="App"/> limits the run to the screens
/// whose name contains it (case-insensitive); null runs them all.
/// </summary>
public sealed record AccessibilityBenchmarkSettings(
    int Reads,
    int ReferenceReads,
    ScreenSize Screen,
    string? WalkerScript,
    bool Verbose,
    int PacedReads = 0,
    TimeSpan Pace = default,
    string? App = null);
