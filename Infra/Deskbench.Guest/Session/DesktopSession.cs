using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Session;

/// <summary>
/// A desktop the guest runs as its own children: Xvfb, a session D-Bus, the AT-SPI bus and openbox. Xvfb and D-Bus start
/// together, then the accessibility bus and the window manager together; each is waited for by a readiness check.
/// Disposing stops them all (their whole process groups), last started first.
/// </summary>
public sealed class DesktopSession : IAsyncDisposable
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(1);
    private readonly List<SessionProcess> _processes;
    private readonly ILogger<DesktopSession> _logger;
    private int _disposed;

    private DesktopSession(XDisplayName display, SessionEnvironment environment, List<SessionProcess> processes, TimeSpan startupTime, ILogger<DesktopSession> logger)
    {
        Display = display;
        Environment = environment;
        _processes = processes;
        StartupTime = startupTime;
        _logger = logger;
    }

    public XDisplayName Display { get; }

    /// <summary>What children of the session inherit: DISPLAY, DBUS_SESSION_BUS_ADDRESS, the accessibility switches.</summary>
    public SessionEnvironment Environment { get; }

    /// <summary>How long the start took, from the first child started to the window manager ready.</summary>
    public TimeSpan StartupTime { get; }

    /// <summary>The children the session runs, in start order (Xvfb first).</summary>
    public IReadOnlyList<SessionProcess> Processes => _processes;

    /// <summary>Starts the session. Throws <see cref="DisplayOccupiedException"/> or <see cref="SessionStartException"/>.</summary>
    public static async Task<DesktopSession> StartAsync(
        DesktopSessionOptions options,
        ILoggerFactory loggerFactory,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger<DesktopSession>();
        var started = timeProvider.GetTimestamp();
        var timeout = options.EffectiveReadyTimeout;
        var processes = new List<SessionProcess>();
        try
        {
            var xvfb = XvfbLauncher.StartAsync(options, timeProvider, logger, cancellationToken);
            var bus = SessionBusLauncher.StartAsync(timeout, logger, cancellationToken);
            await CollectAsync(processes, xvfb, x => x.Process, bus, b => b.Process).ConfigureAwait(false);
            var (_, display) = await xvfb.ConfigureAwait(false);
            var (_, busAddress) = await bus.ConfigureAwait(false);

            var environment = SessionEnvironment.ForDisplay(display.ToString())
                .With("DBUS_SESSION_BUS_ADDRESS", busAddress)
                .With("XDG_SESSION_TYPE", "x11")
                .With(SessionEnvironment.DisableGvfsFuseVariable, "1")
                .WithAll(SessionEnvironment.AccessibilityVariables);
            environment = DesktopDefaults.AddTo(environment, logger);

            var accessibility = options.StartAccessibilityBus
                ? AccessibilityBusLauncher.StartAsync(environment, timeout, logger, cancellationToken)
                : Task.FromResult<SessionProcess?>(null);
            var windowManager = WindowManagerLauncher.StartAsync(environment, timeout, timeProvider, logger, cancellationToken);
            await CollectAsync(processes, accessibility, p => p, windowManager, p => p).ConfigureAwait(false);

            var startupTime = timeProvider.GetElapsedTime(started);
            logger.LogInformation(
                "Desktop session on {Display} ready in {Milliseconds:0} ms ({Width}x{Height})",
                display, startupTime.TotalMilliseconds, options.Width, options.Height);
            return new DesktopSession(display, environment, processes, startupTime, loggerFactory.CreateLogger<DesktopSession>());
        }
        catch
        {
            await StopAllAsync(processes).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Awaits two starts that run side by side, keeping every process that did start (so a failure of one still lets the
    /// caller stop the other), then rethrows the first failure.
    /// </summary>
    private static async Task CollectAsync<TFirst, TSecond>(
        List<SessionProcess> processes,
        Task<TFirst> first,
        Func<TFirst, SessionProcess?> firstProcess,
        Task<TSecond> second,
        Func<TSecond, SessionProcess?> secondProcess)
    {
        try
        {
            await Task.WhenAll(first, second).ConfigureAwait(false);
        }
        catch
        {
            // Inspected below, task by task.
        }

        if (first.IsCompletedSuccessfully && firstProcess(first.Result) is { } a)
        {
            processes.Add(a);
        }

        if (second.IsCompletedSuccessfully && secondProcess(second.Result) is { } b)
        {
            processes.Add(b);
        }

        // Rethrows the first failure with its own type (DisplayOccupiedException stays what it is).
        await first.ConfigureAwait(false);
        await second.ConfigureAwait(false);
    }

    private static async Task StopAllAsync(List<SessionProcess> processes)
    {
        for (var i = processes.Count - 1; i >= 0; i--)
        {
            await processes[i].DisposeAsync().ConfigureAwait(false);
        }

        processes.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _logger.LogDebug("Stopping the desktop session on {Display}", Display);

        // The window manager and the buses go first, in parallel; the X server last so clients see an orderly end.
        var clients = _processes.Skip(1).Select(p => p.StopAsync(StopGrace));
        await Task.WhenAll(clients).ConfigureAwait(false);
        if (_processes.Count > 0)
        {
            await _processes[0].StopAsync(StopGrace).ConfigureAwait(false);
        }

        foreach (var process in _processes)
        {
            await process.DisposeAsync().ConfigureAwait(false);
        }
    }
}
