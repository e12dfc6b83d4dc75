using System.Net;
using Deskbench.Guest.Backend;
using Deskbench.Guest.Session;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Http;

/// <summary>
/// The guest's HTTP service (Kestrel, minimal APIs): OSWorld's in-VM server protocol plus the native endpoints, over one
/// desktop. It can start listening before its desktop exists (so Kestrel warms up while the session starts): requests
/// wait until <see cref="StartAsync(GuestServerOptions, Task{DesktopBinding}, ILoggerFactory, TimeProvider, CancellationToken)"/>'s
/// binding completes. It does not own the backend or the session; disposing stops serving (and, when configured, the
/// applications it launched).
/// </summary>
public sealed class GuestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Task<GuestServices> _services;
    private readonly TaskCompletionSource _stopping = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _disposed;

    private GuestServer(WebApplication app, Task<GuestServices> services, Uri baseAddress)
    {
        _app = app;
        _services = services;
        BaseAddress = baseAddress;
        app.Lifetime.ApplicationStopping.Register(() => _stopping.TrySetResult());
    }

    /// <summary>Where the service answers, with the real port (<c>http://127.0.0.1:PORT/</c>).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The base URL as the ready line prints it, without a trailing slash (<c>http://127.0.0.1:PORT</c>).</summary>
    public string BaseUrl => BaseAddress.GetLeftPart(UriPartial.Authority);

    /// <summary>Completes when the host begins to stop (e.g. on SIGTERM through the console lifetime).</summary>
    public Task Stopping => _stopping.Task;

    /// <summary>Builds and starts the service over an open backend; returns once it accepts connections.</summary>
    public static Task<GuestServer> StartAsync(
        GuestServerOptions options,
        IDesktopBackend backend,
        SessionEnvironment environment,
        ILoggerFactory loggerFactory,
        TimeProvider timeProvider,
        CancellationToken cancellationToken) =>
        StartAsync(options, Task.FromResult(new DesktopBinding(backend, environment)), loggerFactory, timeProvider, cancellationToken);

    /// <summary>
    /// Builds and starts the service while <paramref name="binding"/> may still be pending; returns once it accepts
    /// connections. Requests that arrive before the binding completes wait for it (or fail with 503 if it fails).
    /// </summary>
    public static async Task<GuestServer> StartAsync(
        GuestServerOptions options,
        Task<DesktopBinding> binding,
        ILoggerFactory loggerFactory,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var services = BindServicesAsync(options, binding, loggerFactory, timeProvider);
        var app = Build(options, services, loggerFactory);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var baseAddress = ResolveBaseAddress(app, options);
        await LoopbackWarmUp.RunAsync(baseAddress, options.Token, cancellationToken).ConfigureAwait(false);
        loggerFactory.CreateLogger<GuestServer>().LogInformation(
            "Guest serving {Url} ({Auth})", baseAddress, options.Token is null ? "no authentication" : "token required");
        return new GuestServer(app, services, baseAddress);
    }

    private static async Task<GuestServices> BindServicesAsync(
        GuestServerOptions options,
        Task<DesktopBinding> binding,
        ILoggerFactory loggerFactory,
        TimeProvider timeProvider)
    {
        var (backend, environment) = await binding.ConfigureAwait(false);
        var launched = new LaunchedProcesses(
            environment, loggerFactory.CreateLogger<LaunchedProcesses>(), options.StopLaunchedOnShutdown, timeProvider);
        var commands = new CommandRunner(environment, launched.Leftovers, loggerFactory.CreateLogger<CommandRunner>());
        return new GuestServices(backend, environment, options, commands, launched, timeProvider);
    }

    private static WebApplication Build(GuestServerOptions options, Task<GuestServices> services, ILoggerFactory loggerFactory)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(GuestServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = long.MaxValue);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Listen(options.EffectiveBindAddress, options.Port);
        });

        // Endpoints take GuestServices from the container; the gate below guarantees it is bound before any endpoint runs.
        builder.Services.AddSingleton(_ => services.GetAwaiter().GetResult());

        var app = builder.Build();
        if (options.Token is { } token)
        {
            app.Use(new TokenCheck(token).InvokeAsync);
        }

        app.Use(async (context, next) =>
        {
            if (!services.IsCompleted && context.GetEndpoint() is not null)
            {
                try
                {
                    await services.WaitAsync(context.RequestAborted).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Reported below as 503.
                }
            }

            if (context.GetEndpoint() is not null && !services.IsCompletedSuccessfully)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            await next(context).ConfigureAwait(false);
        });

        app.MapScreenEndpoints();
        app.MapCommandEndpoints();
        app.MapFileEndpoints();
        app.MapOpenFileEndpoint();
        app.MapWindowEndpoints();
        app.MapActionEndpoints();
        app.MapAccessibilityEndpoints();
        app.MapWindowSizeEndpoints();
        app.MapWallpaperEndpoints();
        app.MapRecordingEndpoints();
        return app;
    }

    /// <summary>The bound address with its real port; an any-address bind is reported as the loopback address.</summary>
    private static Uri ResolveBaseAddress(WebApplication app, GuestServerOptions options)
    {
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no address");
        var port = new Uri(bound.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)).Port;
        var host = options.EffectiveBindAddress;
        if (host.Equals(IPAddress.Any))
        {
            host = IPAddress.Loopback;
        }
        else if (host.Equals(IPAddress.IPv6Any))
        {
            host = IPAddress.IPv6Loopback;
        }

        return new UriBuilder(Uri.UriSchemeHttp, host.ToString(), port).Uri;
    }

    /// <summary>Waits until the desktop binding is in place (rethrowing its failure).</summary>
    public Task WaitUntilBoundAsync(CancellationToken cancellationToken) => _services.WaitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
            if (_services.IsCompletedSuccessfully)
            {
                await _services.Result.Launched.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
