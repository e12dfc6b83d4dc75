using Deskbench.Guest.Backend;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Guest.Linux;

/// <summary>
/// The Linux desktop over X11: one Xlib connection shared (under one lock) by MIT-SHM/XFIXES screenshots, XTEST input
/// and EWMH window management. Nothing shells out to xdotool, wmctrl or scrot.
/// </summary>
public sealed class LinuxDesktopBackend : IDesktopBackend
{
    private readonly X11Connection connection;
    private readonly X11Keyboard keyboard;
    private readonly X11ScreenCapture screen;
    private readonly ILogger<LinuxDesktopBackend> logger;
    private bool disposed;

    private LinuxDesktopBackend(X11Connection connection, bool preferSharedMemory, TimeProvider timeProvider, ILogger<LinuxDesktopBackend> logger)
    {
        this.connection = connection;
        this.logger = logger;
        keyboard = new X11Keyboard(connection);
        screen = new X11ScreenCapture(connection, preferSharedMemory);
        Input = new XTestInputInjector(connection, keyboard, timeProvider);
        Windows = new EwmhWindowManager(connection, timeProvider);
    }

    public string Platform => "Linux";

    /// <summary>The X display this backend drives, e.g. ":7".</summary>
    public string DisplayName => connection.DisplayName;

    public IScreenCapture Screen => screen;

    public IInputInjector Input { get; }

    public IWindowManager Windows { get; }

    /// <summary>
    /// Connects to X display <paramref name="display"/> (e.g. ":7"). Throws <see cref="InvalidOperationException"/> with the
    /// reason when the display cannot be opened or lacks XTEST.
    /// </summary>
    public static LinuxDesktopBackend Open(string display, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null) =>
        Open(display, preferSharedMemory: true, loggerFactory, timeProvider);

    /// <summary>As <see cref="Open(string, ILoggerFactory?, TimeProvider?)"/>; <paramref name="preferSharedMemory"/> false forces XGetImage.</summary>
    public static LinuxDesktopBackend Open(string display, bool preferSharedMemory, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<LinuxDesktopBackend>();
        var connection = X11Connection.Open(display);
        try
        {
            var backend = new LinuxDesktopBackend(connection, preferSharedMemory, timeProvider ?? TimeProvider.System, logger);
            logger.LogInformation(
                "Opened X display {Display} ({Width}x{Height}, screenshots via {Grab})",
                display, connection.Width, connection.Height, backend.screen.UsesSharedMemory ? "MIT-SHM" : "XGetImage");
            return backend;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        try
        {
            lock (connection.Gate)
            {
                keyboard.RestoreTemporaryMappings();
            }
        }
        catch (InvalidOperationException e)
        {
            logger.LogWarning(e, "Could not restore the keymap of {Display}", connection.DisplayName);
        }

        screen.Dispose();
        connection.Dispose();
    }
}
