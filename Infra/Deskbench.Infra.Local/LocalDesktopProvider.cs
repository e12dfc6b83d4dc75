using Deskbench.Core.Environments;
using Deskbench.Core.Guest;
using Deskbench.Guest.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;

namespace Deskbench.Infra.Local;

/// <summary>
/// The <c>local</c> provider: each acquisition starts <c>deskbench-guest --session</c> on a free X display of this machine
/// (the guest runs Xvfb, a session D-Bus, the AT-SPI bus and openbox as its children) with a fresh HOME and a random
/// token, waits for its ready line and for HTTP, and returns a <see cref="LocalDesktopEnvironment"/>. Each desktop's folders
/// carry an owner file naming this process and the guest; on construction the provider removes the folders of desktops whose
/// harness was killed (<see cref="StaleScratchSweeper"/>, once per process).
/// </summary>
public sealed class LocalDesktopProvider : IEnvironmentProvider
{
    public const string ProviderName = "local";

    /// <summary>Unix socket paths are limited to 108 bytes; a deeper runtime folder moves to /tmp.</summary>
    private const int MaxRuntimeDirectoryLength = 64;

    private readonly LocalProviderOptions _options;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly DisplayReservations _displays = DisplayReservations.Shared;

    public LocalDesktopProvider(LocalProviderOptions? options = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? LocalProviderOptions.Default;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger<LocalDesktopProvider>();
        _timeProvider = timeProvider ?? TimeProvider.System;
        if (_options.SweepStaleScratch)
        {
            SweepStaleScratch();
        }
    }

    public string Name => ProviderName;

    public async Task<IEnvironment> AcquireAsync(EnvironmentRequest request, CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new EnvironmentStartException("the local provider runs X sessions and needs Linux");
        }

        var screen = _options.ScreenSize ?? request.ScreenSize;
        var command = _options.GuestCommand ?? GuestLaunchCommand.Locate(AppContext.BaseDirectory);
        var occupied = new HashSet<int>();
        for (var attempt = 1; attempt <= Math.Max(1, _options.MaxDisplayAttempts); attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lease = _displays.TryReserve(_options.DisplayRangeStart, _options.DisplayRangeCount, occupied)
                ?? throw new EnvironmentStartException(
                    $"no free X display in :{_options.DisplayRangeStart}..:{_options.DisplayRangeStart + _options.DisplayRangeCount - 1}"
                    + (occupied.Count == 0 ? string.Empty : $" (occupied: {string.Join(", ", occupied.Order().Select(n => $":{n}"))})"));
            try
            {
                return await StartOnDisplayAsync(request, lease, screen, command, cancellationToken).ConfigureAwait(false);
            }
            catch (GuestExitedException exception) when (exception.IsDisplayOccupied)
            {
                occupied.Add(lease.Number);
                _logger.LogInformation("display {Display} is occupied by another X server; trying another one ({Reason})",
                    lease.Display, exception.Message);
            }
        }

        throw new EnvironmentStartException(
            $"every display tried was occupied: {string.Join(", ", occupied.Order().Select(n => $":{n}"))}");
    }

    private async Task<LocalDesktopEnvironment> StartOnDisplayAsync(
        EnvironmentRequest request,
        DisplayLease lease,
        ScreenSize screen,
        IReadOnlyList<string> command,
        CancellationToken cancellationToken)
    {
        var started = _timeProvider.GetTimestamp();
        var environmentId = $"local-{lease.Number}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
        LocalSession session;
        try
        {
            session = CreateSession(request, lease, environmentId);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            lease.Dispose();
            throw new EnvironmentStartException($"{environmentId}: cannot create its HOME under {request.WorkDirectory}: {exception.Message}", exception);
        }

        GuestHttpClient? client = null;
        try
        {
            var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
            session.MarkOwners(OwnerProcesses(guestPid: null));
            session.Process = StartGuest(session, screen, command, token);
            session.MarkOwners(OwnerProcesses(session.Process.Id));
            using var readiness = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            readiness.CancelAfter(_options.ReadinessTimeout);
            Uri url;
            try
            {
                url = await session.Process.WaitForReadyLineAsync(readiness.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new EnvironmentStartException(
                    $"{environmentId}: the guest (pid {session.Process.Id}) printed no ready line within {_options.ReadinessTimeout.TotalSeconds:0.###} s"
                    + LastLines(session.Process));
            }

            var readyLineAfter = _timeProvider.GetElapsedTime(started);
            client = new GuestHttpClient(url, token, _options.Client, _loggerFactory.CreateLogger<GuestHttpClient>(), _timeProvider);
            var remaining = _options.ReadinessTimeout - _timeProvider.GetElapsedTime(started);
            await client.WaitUntilReadyAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1), cancellationToken)
                .ConfigureAwait(false);
            var environment = new LocalDesktopEnvironment(session, client, screen);
            _logger.LogInformation("{Environment}: desktop {Display} ready at {Url} in {Ms:0} ms (ready line after {LineMs:0} ms; HOME {Home})",
                environmentId, lease.Display, url, _timeProvider.GetElapsedTime(started).TotalMilliseconds, readyLineAfter.TotalMilliseconds,
                session.HomeDirectory);
            return environment;
        }
        catch (Exception exception)
        {
            // Whatever happened (cancellation included), nothing of this attempt may outlive it.
            client?.Dispose();
            await session.DisposeAsync().ConfigureAwait(false);
            var mapped = exception switch
            {
                GuestExitedException exited when exited.IsDisplayOccupied => null,
                GuestExitedException exited => new EnvironmentStartException($"{environmentId} on {lease.Display}: {exited.Message}", exited),
                GuestUnavailableException unavailable => new EnvironmentStartException($"{environmentId} on {lease.Display}: {unavailable.Message}", unavailable),
                Win32Exception start => new EnvironmentStartException($"{environmentId}: cannot start the guest (setsid {string.Join(' ', command)}): {start.Message}", start),
                _ => (Exception?)null,
            };
            if (mapped is null)
            {
                throw;
            }

            throw mapped;
        }
    }

    private LocalSession CreateSession(EnvironmentRequest request, DisplayLease lease, string environmentId)
    {
        var home = Path.GetFullPath(Path.Combine(request.WorkDirectory, $"home-{environmentId}"));
        Directory.CreateDirectory(home);
        var runtime = Path.Combine(home, ".run");
        if (runtime.Length > MaxRuntimeDirectoryLength)
        {
            runtime = Path.Combine(_options.RuntimeRoot, StaleScratchSweeper.RuntimeFolderPrefix + environmentId);
        }

        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("the local provider runs X sessions and needs Linux");
        }

        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Directory.CreateDirectory(runtime, ownerOnly);
        File.SetUnixFileMode(runtime, ownerOnly);
        return new LocalSession(environmentId, lease, home, runtime, _options.KeepHome, _logger);
    }

    private GuestProcess StartGuest(LocalSession session, ScreenSize screen, IReadOnlyList<string> command, string token)
    {
        string[] arguments =
        [
            .. command,
            "--session",
            "--bind", "127.0.0.1",
            "--port", "0",
            "--display", session.Display.Display,
            "--screen", $"{screen.Width}x{screen.Height}",
            "--parent-pid", Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
        ];
        return GuestProcess.Start(
            arguments,
            GuestEnvironment.For(session.HomeDirectory, session.RuntimeDirectory, token, session.EnvironmentId),
            session.EnvironmentId,
            _loggerFactory.CreateLogger<GuestProcess>(),
            _timeProvider,
            _options.ShutdownGracePeriod);
    }

    /// <summary>The processes using a desktop's folders: this harness and, once started, its guest (which outlives a killed harness briefly).</summary>
    private static List<OwnerProcess> OwnerProcesses(int? guestPid) =>
        [.. new[] { OwnerProcess.Current, guestPid is { } pid ? OwnerProcess.Of(pid) : null }.OfType<OwnerProcess>()];

    private void SweepStaleScratch()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            new StaleScratchSweeper(_loggerFactory.CreateLogger<StaleScratchSweeper>())
                .SweepOncePerProcess(_options.RuntimeRoot, _options.StaleScratchRoots);
        }
        catch (Exception exception)
        {
            // Cleaning up after earlier runs must never stop this one.
            _logger.LogWarning(exception, "Sweeping scratch folders left by earlier runs failed");
        }
    }

    private static string LastLines(GuestProcess process) =>
        process.LastErrorLines is { Count: > 0 } lines ? "; last stderr lines: " + string.Join(" | ", lines) : string.Empty;
}
