using Deskbench.Guest.Backend;
using Deskbench.Guest.Linux;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Http;

/// <summary>The one place that picks the platform backend for a display.</summary>
public static class DesktopBackendFactory
{
    /// <summary>Opens the X11 backend on <paramref name="display"/>; throws <see cref="InvalidOperationException"/> when it cannot.</summary>
    public static IDesktopBackend Open(string display, ILoggerFactory loggerFactory, TimeProvider timeProvider) =>
        LinuxDesktopBackend.Open(display, loggerFactory, timeProvider);
}
