using Deskbench.Core.Guest;
using Deskbench.Guest.Backend;
using Deskbench.Guest.Compat;
using Deskbench.Guest.Session;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Http;

/// <summary>
/// Runs the guest: checks the token, optionally starts the desktop session, opens the backend, serves HTTP, prints the ready
/// line, and on SIGTERM/SIGINT, cancellation or the parent's death stops everything it started.
/// </summary>
public static class GuestRunner
{
    public const int ExitOk = 0;
    public const int ExitFailure = 1;

    public static async Task<int> RunAsync(
        GuestRunOptions options,
        TextWriter output,
        TextWriter error,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        string? token;
        try
        {
            token = GuestTokenSource.Read(options.TokenFile, Environment.GetEnvironmentVariable);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fail(error, $"cannot read --token-file {options.TokenFile}: {exception.Message}");
        }

        var noAuth = options.NoAuth || options.Compatibility == GuestCompatibility.OsWorld;
        if (token is null && !noAuth)
        {
            return Fail(error, $"no token: set {GuestProtocol.TokenEnvironmentVariable} or pass --token-file (or --no-auth to serve without one)");
        }

        var display = ResolveDisplay(options);
        if (!options.StartSession && display is null)
        {
            return Fail(error, "no display: pass --display, set DISPLAY, or use --session");
        }

        XDisplayName? sessionDisplay = null;
        if (options.StartSession && display is not null)
        {
            if (!XDisplayName.TryParse(display, out var parsed))
            {
                return Fail(error, $"--display {display} is not a local display such as :5");
            }

            sessionDisplay = parsed;
        }

        using var loggerFactory = GuestLogging.CreateFactory(options.LogLevel);
        var logger = loggerFactory.CreateLogger(typeof(GuestRunner).FullName!);
        if (noAuth)
        {
            logger.LogWarning("{Option}: serving WITHOUT a token; anyone who can reach {Address}:{Port} controls this desktop",
                options.NoAuth ? "--no-auth" : "--compat osworld", options.BindAddress, options.Port);
            token = null;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.ParentPid is { } parentPid)
        {
            _ = WatchParentAsync(parentPid, stop, timeProvider, logger);
        }

        DesktopSession? session = null;
        IDesktopBackend? backend = null;
        GuestServer? server = null;
        var binding = new TaskCompletionSource<DesktopBinding>(TaskCreationOptions.RunContinuationsAsynchronously);
        var serverOptions = new GuestServerOptions(
            token, options.BindAddress, options.Port, options.CommandTimeout, options.OpenFileTimeout, options.LogLevel,
            StopLaunchedOnShutdown: options.StartSession, Compatibility: options.Compatibility);

        // Kestrel starts (and warms up) on another thread while the desktop comes up; requests wait for the binding.
        var serverStart = Task.Run(() => GuestServer.StartAsync(serverOptions, binding.Task, loggerFactory, timeProvider, stop.Token), stop.Token);
        try
        {
            try
            {
                SessionEnvironment environment;
                if (options.StartSession)
                {
                    var sessionOptions = new DesktopSessionOptions(sessionDisplay, options.ScreenWidth, options.ScreenHeight);
                    session = await DesktopSession.StartAsync(sessionOptions, loggerFactory, timeProvider, stop.Token).ConfigureAwait(false);
                    environment = session.Environment;
                }
                else
                {
                    environment = SessionEnvironment.ForDisplay(display!);
                }

                backend = DesktopBackendFactory.Open(environment.Display, loggerFactory, timeProvider);
                _ = backend.Screen.CapturePng(includeCursor: true); // warms the capture path up before the first real request
                binding.TrySetResult(new DesktopBinding(backend, environment));
            }
            catch (Exception exception)
            {
                binding.TrySetException(exception);
                throw;
            }
            finally
            {
                server = await AwaitServerStartAsync(serverStart, logger).ConfigureAwait(false);
            }

            if (server is null)
            {
                await serverStart.ConfigureAwait(false); // rethrows why Kestrel did not start
            }

            await output.WriteLineAsync(GuestProtocol.ReadyLinePrefix + server!.BaseUrl).ConfigureAwait(false);
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);

            await Task.WhenAny(server.Stopping, Task.Delay(Timeout.InfiniteTimeSpan, timeProvider, stop.Token)).ConfigureAwait(false);
            logger.LogInformation("Guest stopping");
            return ExitOk;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            logger.LogInformation("Guest stopped before it was ready");
            return ExitOk;
        }
        catch (Exception exception) when (exception is DisplayOccupiedException or SessionStartException)
        {
            return Fail(error, exception.Message);
        }
        catch (Exception exception)
        {
            logger.LogDebug(exception, "Guest failed to start");
            return Fail(error, exception.Message);
        }
        finally
        {
            await StopAsync(server, backend, session, logger).ConfigureAwait(false);
        }
    }

    /// <summary>The started server, or null when its start failed or was cancelled (the caller decides what that means).</summary>
    private static async Task<GuestServer?> AwaitServerStartAsync(Task<GuestServer> serverStart, ILogger logger)
    {
        try
        {
            return await serverStart.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            logger.LogDebug(exception, "The HTTP service did not start");
            return null;
        }
    }

    /// <summary>An explicit --display, else $DISPLAY unless the guest starts its own session (which then picks a free one).</summary>
    private static string? ResolveDisplay(GuestRunOptions options) =>
        options.Display is { Length: > 0 } explicitDisplay
            ? explicitDisplay
            : options.StartSession ? null : Environment.GetEnvironmentVariable("DISPLAY") is { Length: > 0 } fromEnvironment ? fromEnvironment : null;

    private static async Task WatchParentAsync(int parentPid, CancellationTokenSource stop, TimeProvider timeProvider, ILogger logger)
    {
        try
        {
            await ParentProcessWatcher.WaitForExitAsync(parentPid, timeProvider, stop.Token).ConfigureAwait(false);
            logger.LogInformation("Parent process {Pid} is gone; stopping", parentPid);
            await stop.CancelAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task StopAsync(GuestServer? server, IDesktopBackend? backend, DesktopSession? session, ILogger logger)
    {
        try
        {
            if (server is not null)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Stopping the HTTP service failed");
        }

        try
        {
            backend?.Dispose();
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Closing the desktop backend failed");
        }

        if (session is not null)
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"deskbench-guest: error: {message}");
        error.Flush();
        return ExitFailure;
    }
}
