using Deskbench.Guest.Backend;
using Deskbench.Guest.Session;

namespace Deskbench.Guest.Http;

/// <summary>What the endpoints work with: the desktop backend, the session environment, the command runner and launcher.</summary>
public sealed record GuestServices(
    IDesktopBackend Backend,
    SessionEnvironment Environment,
    GuestServerOptions Options,
    CommandRunner Commands,
    LaunchedProcesses Launched,
    TimeProvider TimeProvider);
