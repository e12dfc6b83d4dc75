using System.Net;
using Deskbench.Guest.Backend;
using Deskbench.Guest.Session;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Http;

/// <summary>
/// The guest's HTTP service (Kestrel, minimal APIs): OSWorld's in-VM server protocol plus the native endpoints, over one
/// desktop backend. It does not own the backend or the session; disposing stops serving (and, when configured, the
/// applications it launched).
/// </summary>
public sealed class GuestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly LaunchedProcesses _launched;
    private readonly TaskCompletionSource _stopping = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _disposed;

    private GuestServer(WebApplication app, LaunchedProcesses launched, Uri baseAddress)
    {
        _app = app;
        _launched = launched;
        BaseAddress = baseAddress;
        app.Lifetime.ApplicationStopping.Register(() => _stopping.TrySetResult());
    }

    /// <summary>Where the service answers, with the real port (<c>http://127.0.0.1:PORT/</c>).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The base URL as the ready line prints it, without a trailing slash (<c>http://127.0.0.1:PORT</c>).</summary>
    public string BaseUrl => BaseAddress.GetLeftPart(UriPartial.Authority);

    /// <summary>Completes when the host begins to stop (e.g. on SIGTERM through the console lifetime).</summary>
    public Task Stopping => _stopping.Task;

    /// <summary>Builds and starts the service; returns once it accepts connections.</summary>
    public static async Task<GuestServer> StartAsync(
        GuestServerOptions options,
        IDesktopBackend backend,
        SessionEnvironment environment,
        ILoggerFactory loggerFactory,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
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
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Listen(options.EffectiveBindAddress, options.Port);
        });
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = long.MaxValue);

        var launched = new LaunchedProcesses(environment, loggerFactory.CreateLogger<LaunchedProcesses>(), options.StopLaunchedOnShutdown);
        var commands = new CommandRunner(environment, loggerFactory.CreateLogger<CommandRunner>());
        builder.Services.AddSingleton(new GuestServices(backend, environment, options, commands, launched, timeProvider));

        var app = builder.Build();
        if (options.Token is { } token)
        {
            app.Use(new TokenCheck(token).InvokeAsync);
        }

        app.MapScreenEndpoints();
        app.MapCommandEndpoints();
        app.MapFileEndpoints();
        app.MapOpenFileEndpoint();
        app.MapWindowEndpoints();
        app.MapActionEndpoints();

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            await launched.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var baseAddress = ResolveBaseAddress(app, options);
        loggerFactory.CreateLogger<GuestServer>().LogInformation(
            "Guest serving {Url} ({Auth})", baseAddress, options.Token is null ? "no authentication" : "token required");
        return new GuestServer(app, launched, baseAddress);
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
            await _launched.DisposeAsync().ConfigureAwait(false);
        }
    }
}
