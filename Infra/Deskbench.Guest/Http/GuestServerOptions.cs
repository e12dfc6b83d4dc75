using System.Net;
using Deskbench.Guest.Compat;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Http;

/// <summary>
/// How the guest's HTTP service listens and behaves. <see cref="Token"/> null means no authentication (<c>--no-auth</c>);
/// <see cref="Port"/> 0 picks a free port. <see cref="Compatibility"/> <see cref="GuestCompatibility.OsWorld"/> runs OSWorld's
/// pyautogui commands on <c>/execute</c> in-process (<see cref="PyAutoGuiCommand"/>).
/// </summary>
public sealed record GuestServerOptions(
    string? Token,
    IPAddress? BindAddress = null,
    int Port = GuestServerOptions.DefaultPort,
    TimeSpan? CommandTimeout = null,
    TimeSpan? OpenFileTimeout = null,
    LogLevel LogLevel = LogLevel.Information,
    bool StopLaunchedOnShutdown = false,
    GuestCompatibility Compatibility = GuestCompatibility.None)
{
    public const int DefaultPort = 5000;

    public IPAddress EffectiveBindAddress => BindAddress ?? IPAddress.Loopback;

    /// <summary>Default limit of <c>/execute</c> (OSWorld's 120 s); a request may set its own <c>timeout</c>.</summary>
    public TimeSpan EffectiveCommandTimeout => CommandTimeout ?? TimeSpan.FromSeconds(120);

    /// <summary>Default wait of <c>/setup/open_file</c> for the file's window (OSWorld waits 1800 s); a request may set <c>timeout_seconds</c>.</summary>
    public TimeSpan EffectiveOpenFileTimeout => OpenFileTimeout ?? TimeSpan.FromSeconds(60);
}
