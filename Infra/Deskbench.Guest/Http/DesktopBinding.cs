using Deskbench.Guest.Backend;
using Deskbench.Guest.Session;

namespace Deskbench.Guest.Http;

/// <summary>The desktop a guest server serves: its backend and the environment its children inherit.</summary>
public sealed record DesktopBinding(IDesktopBackend Backend, SessionEnvironment Environment);
