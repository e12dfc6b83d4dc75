using Deskbench.Core.Environments;
using Deskbench.Guest.Client;

namespace Deskbench.Infra.Local;

/// <summary>Settings of <see cref="LocalDesktopProvider"/>.</summary>
public sealed record LocalProviderOptions
{
    public static LocalProviderOptions Default { get; } = new();

    /// <summary>Screen size of every desktop; null uses the size each <see cref="EnvironmentRequest"/> asks for.</summary>
    public ScreenSize? ScreenSize { get; init; }

    /// <summary>First X display number tried (<c>:90</c>); numbers with an X lock file or socket are skipped.</summary>
    public int DisplayRangeStart { get; init; } = 90;

    /// <summary>How many display numbers from <see cref="DisplayRangeStart"/> may be used (1 pins one exact display).</summary>
    public int DisplayRangeCount { get; init; } = 100;

    /// <summary>How many displays one acquisition tries when the guest reports its display occupied.</summary>
    public int MaxDisplayAttempts { get; init; } = 5;

    /// <summary>
    /// The guest launch command: file then leading arguments (the provider appends <c>--session --display :N …</c>).
    /// Null finds <c>deskbench-guest.dll</c> (run by this process's dotnet host) or the <c>deskbench-guest</c> apphost next
    /// to the running assembly.
    /// </summary>
    public IReadOnlyList<string>? GuestCommand { get; init; }

    /// <summary>Bound on start-up: from launching the guest until it answers HTTP.</summary>
    public TimeSpan ReadinessTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the guest's process group gets after SIGTERM before SIGKILL.</summary>
    public TimeSpan ShutdownGracePeriod { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Keep each environment's HOME folder after disposal (for debugging); a kept HOME is never swept.</summary>
    public bool KeepHome { get; init; }

    /// <summary>
    /// Where a desktop's runtime folder (<c>deskbench-run-&lt;environment id&gt;</c>) goes when its HOME is too deep for Unix
    /// socket paths. Default: the temporary folder.
    /// </summary>
    public string RuntimeRoot { get; init; } = Path.GetTempPath();

    /// <summary>
    /// Folders searched (a few levels deep) for desktop HOMEs that a killed harness left behind. Default: the episode
    /// runner's default work root, <c>&lt;temp&gt;/deskbench-work</c>.
    /// </summary>
    public IReadOnlyList<string> StaleScratchRoots { get; init; } = [Path.Combine(Path.GetTempPath(), "deskbench-work")];

    /// <summary>
    /// When the provider is constructed, remove the folders of desktops whose harness is gone (in <see cref="RuntimeRoot"/> and
    /// below <see cref="StaleScratchRoots"/>; see <see cref="StaleScratchSweeper"/>), once per process. Default true.
    /// </summary>
    public bool SweepStaleScratch { get; init; } = true;

    /// <summary>Per-call limits of the guest client.</summary>
    public GuestClientOptions Client { get; init; } = GuestClientOptions.Default;
}
