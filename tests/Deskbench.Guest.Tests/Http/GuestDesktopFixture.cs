using System.Net.Http.Headers;
using System.Security.Cryptography;
using Deskbench.Core.Guest;
using Deskbench.Guest.Backend;
using Deskbench.Guest.Http;
using Deskbench.Guest.Session;
using Deskbench.Testing;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Tests.Http;

/// <summary>
/// One real desktop for the endpoint tests: a <see cref="DesktopSession"/> (Xvfb, D-Bus, AT-SPI, openbox) on a free display,
/// the real X11 backend, and the guest's HTTP service in-process on a free port with a random token. Children get a scratch
/// HOME so <c>~/</c> paths never touch the real one.
/// </summary>
public sealed class GuestDesktopFixture : IAsyncLifetime
{
    public const int Width = 1280;
    public const int Height = 800;

    private ILoggerFactory? _loggerFactory;
    private DesktopSession? _session;
    private IDesktopBackend? _backend;
    private GuestServer? _server;
    private string? _skipReason;

    public string Token { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public string Home { get; } = Directory.CreateTempSubdirectory("deskbench-guest-home-").FullName;

    /// <summary>A client that sends the token on every request.</summary>
    public HttpClient Client { get; } = new();

    /// <summary>A client that sends no token.</summary>
    public HttpClient Anonymous { get; } = new();

    public DesktopSession Session => _session ?? throw new InvalidOperationException("no session");

    public GuestServer Server => _server ?? throw new InvalidOperationException("no server");

    public async ValueTask InitializeAsync()
    {
        var missing = DesktopTier.MissingCommands("Xvfb", "openbox", "dbus-daemon");
        if (missing.Count > 0)
        {
            _skipReason = $"desktop tier skipped: {string.Join(", ", missing)} not installed";
            return;
        }

        _loggerFactory = GuestLogging.CreateFactory(LogLevel.Warning);
        _session = await DesktopSession.StartAsync(
            new DesktopSessionOptions(Width: Width, Height: Height), _loggerFactory, TimeProvider.System, CancellationToken.None);
        var environment = _session.Environment.With("HOME", Home);
        _backend = DesktopBackendFactory.Open(environment.Display, _loggerFactory, TimeProvider.System);
        _server = await GuestServer.StartAsync(
            new GuestServerOptions(Token, Port: 0, OpenFileTimeout: TimeSpan.FromSeconds(30), StopLaunchedOnShutdown: true),
            _backend, environment, _loggerFactory, TimeProvider.System, CancellationToken.None);
        Client.BaseAddress = _server.BaseAddress;
        Client.DefaultRequestHeaders.Add(GuestProtocol.TokenHeader, Token);
        Client.Timeout = TimeSpan.FromSeconds(60);
        Anonymous.BaseAddress = _server.BaseAddress;
    }

    /// <summary>Skips the calling test, with the reason printed, when this machine cannot run a desktop.</summary>
    public void RequireDesktop()
    {
        if (_skipReason is not null)
        {
            Console.Error.WriteLine(_skipReason);
            Assert.Skip(_skipReason);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Anonymous.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _backend?.Dispose();
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        _loggerFactory?.Dispose();
        Directory.Delete(Home, recursive: true);
    }
}
