namespace Deskbench.Guest.Client;

/// <summary>
/// Per-call time limits of <see cref="GuestHttpClient"/>. A limit that expires is an infrastructure failure
/// (<see cref="Core.Guest.GuestUnavailableException"/>); a cancelled caller token is an <see cref="OperationCanceledException"/>.
/// </summary>
public sealed record GuestClientOptions
{
    public static GuestClientOptions Default { get; } = new();

    /// <summary>Short calls: screenshot, platform, screen size, pointer, windows, launch, activate/close window.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Command time limit when a <see cref="Core.Guest.CommandRequest"/> names none (OSWorld's server uses 120 s).</summary>
    public TimeSpan DefaultCommandTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Added to a command's time limit for the HTTP call of <c>/execute</c>, so the guest can report the timeout itself.</summary>
    public TimeSpan CommandTimeoutMargin { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary><c>/setup/open_file</c> waits for the application's window (OSWorld: server 1800 s, client 1810 s).</summary>
    public TimeSpan OpenFileTimeout { get; init; } = TimeSpan.FromSeconds(1810);

    /// <summary>File transfers: <c>/setup/upload</c>, <c>/file</c>, <c>/list_directory</c>.</summary>
    public TimeSpan TransferTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>A batch of typed actions on <c>/actions</c> (may contain waits and long texts).</summary>
    public TimeSpan ActionsTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>One readiness probe (<c>GET /platform</c>) inside <see cref="GuestHttpClient.WaitUntilReadyAsync"/>.</summary>
    public TimeSpan ReadinessProbeTimeout { get; init; } = TimeSpan.FromSeconds(2);
}
