using System.Net;
using Deskbench.Guest.Compat;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Http;

/// <summary>
/// Everything <c>deskbench guest</c> was told on its command line. <see cref="Display"/> null means $DISPLAY, or with
/// <see cref="StartSession"/> a free display chosen by the guest. The token never comes from here (environment or file only).
/// <see cref="Compatibility"/> <see cref="GuestCompatibility.OsWorld"/> (<c>--compat osworld</c>) serves without a token.
/// </summary>
public sealed record GuestRunOptions(
    IPAddress BindAddress,
    int Port,
    string? Display,
    string? TokenFile,
    bool NoAuth,
    bool StartSession,
    int ScreenWidth,
    int ScreenHeight,
    int? ParentPid,
    LogLevel LogLevel,
    TimeSpan CommandTimeout,
    TimeSpan OpenFileTimeout,
    GuestCompatibility Compatibility = GuestCompatibility.None);
