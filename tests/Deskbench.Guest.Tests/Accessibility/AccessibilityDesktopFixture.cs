using System.Security.Cryptography;
using Deskbench.Core.Guest;
using Deskbench.Guest.Backend;
using Deskbench.Guest.Http;
using Deskbench.Guest.Session;
using Deskbench.Testing;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Tests.Accessibility;

/// <summary>
/// A real desktop with an AT-SPI bus for the accessibility tests: a <see cref="DesktopSession"/> (Xvfb, D-Bus, the AT-SPI
/// bus launcher, openbox), the X11 backend and the guest's HTTP service in-process. Applications are started with the
/// session's environment (<see cref="SessionApp"/>) so their accessibility bridges register on its bus.
/// </summary>
public sealed class AccessibilityDesktopFixture : IAsyncLifetime
{
    public const int Width = 1280;
    public const int Height = 800;

    private ILoggerFactory? _loggerFactory;
    private DesktopSession? _session;
    private IDesktopBackend? _backend;
    private GuestServer? _server;
    private string? _skipReason;

    public string Token { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public HttpClient Client { get; } = new();

    public DesktopSession Session => _session ?? throw new InvalidOperationException("no session");

    public IDesktopBackend Backend => _backend ?? throw new InvalidOperationException("no backend");

    public async ValueTask InitializeAsync()
    {
        var missing = DesktopTier.MissingCommands("Xvfb", "openbox", "dbus-daemon");
        if (!File.Exists("/usr/libexec/at-spi-bus-launcher"))
        {
            missing = [.. missing, "at-spi2-core (/usr/libexec/at-spi-bus-launcher)"];
        }

        if (missing.Count > 0)
        {
            _skipReason = $"desktop tier skipped: {string.Join(", ", missing)} not installed";
            return;
        }

        _loggerFactory = GuestLogging.CreateFactory(LogLevel.Warning);
        _session = await DesktopSession.StartAsync(
            new DesktopSessionOptions(Width: Width, Height: Height), _loggerFactory, TimeProvider.System, CancellationToken.None);
        _backend = DesktopBackendFactory.Open(_session.Environment.Display, _loggerFactory, TimeProvider.System);
        _server = await GuestServer.StartAsync(
            new GuestServerOptions(Token, Port: 0, OpenFileTimeout: TimeSpan.FromSeconds(30), StopLaunchedOnShutdown: true),
            _backend, _session.Environment, _loggerFactory, TimeProvider.System, CancellationToken.None);
        Client.BaseAddress = _server.BaseAddress;
        Client.DefaultRequestHeaders.Add(GuestProtocol.TokenHeader, Token);
        Client.Timeout = TimeSpan.FromSeconds(120);
    }

    /// <summary>Skips the calling test, with the reason printed, when this machine cannot run the desktop or the apps.</summary>
    public void RequireDesktop(params string[] commands)
    {
        if (_skipReason is not null)
        {
            Console.Error.WriteLine(_skipReason);
            Assert.Skip(_skipReason);
        }

        DesktopTier.RequireCommands(commands);
    }

    /// <summary>Starts <paramref name="fileName"/> in the session (accessibility on, a scratch HOME).</summary>
    public SessionApp Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        SessionApp.Start(Session.Environment, fileName, arguments, environment);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
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
    }
}
