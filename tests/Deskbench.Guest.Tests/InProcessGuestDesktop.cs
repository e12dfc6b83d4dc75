using System.Security.Cryptography;
using Deskbench.Core.Guest;
using Deskbench.Guest.Backend;
using Deskbench.Guest.Http;
using Deskbench.Guest.Session;
using Deskbench.Testing;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Tests;

/// <summary>
/// One real desktop shared by a test collection: a <see cref="DesktopSession"/> (Xvfb, D-Bus, the AT-SPI bus launcher,
/// openbox) on a free display, the real X11 backend, and the guest's HTTP service in-process on a free port with a random
/// token. The collections' fixtures differ only in the settings given to the constructor.
/// </summary>
/// <param name="clientTimeout">The time limit of <see cref="Client"/>'s requests.</param>
/// <param name="scratchHome">True: the guest's children get a scratch HOME (<see cref="ScratchHome"/>), so <c>~/</c> paths never touch the real one.</param>
/// <param name="requiredFiles">Files that must exist for the desktop to start, with the package that provides each.</param>
public abstract class InProcessGuestDesktop(TimeSpan clientTimeout, bool scratchHome, IReadOnlyDictionary<string, string> requiredFiles) : IAsyncLifetime
{
    public const int Width = 1280;
    public const int Height = 800;

    private ILoggerFactory? _loggerFactory;
    private DesktopSession? _session;
    private IDesktopBackend? _backend;
    private GuestServer? _server;
    private string? _skipReason;

    public string Token { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>The guest's scratch HOME (deleted with the desktop), or null when the guest keeps the session's.</summary>
    protected string? ScratchHome { get; } = scratchHome ? Directory.CreateTempSubdirectory("deskbench-guest-home-").FullName : null;

    /// <summary>A client that sends the token on every request.</summary>
    public HttpClient Client { get; } = new();

    public DesktopSession Session => _session ?? throw new InvalidOperationException("no session");

    public IDesktopBackend Backend => _backend ?? throw new InvalidOperationException("no backend");

    public GuestServer Server => _server ?? throw new InvalidOperationException("no server");

    public virtual async ValueTask InitializeAsync()
    {
        var missing = DesktopTier.MissingCommands("Xvfb", "openbox", "dbus-daemon");
        missing = [.. missing, .. requiredFiles.Where(file => !File.Exists(file.Key)).Select(file => $"{file.Value} ({file.Key})")];
        if (missing.Count > 0)
        {
            _skipReason = $"desktop tier skipped: {string.Join(", ", missing)} not installed";
            return;
        }

        _loggerFactory = GuestLogging.CreateFactory(LogLevel.Warning);
        _session = await DesktopSession.StartAsync(
            new DesktopSessionOptions(Width: Width, Height: Height), _loggerFactory, TimeProvider.System, CancellationToken.None);
        var environment = ScratchHome is null ? _session.Environment : _session.Environment.With("HOME", ScratchHome);
        _backend = DesktopBackendFactory.Open(environment.Display, _loggerFactory, TimeProvider.System);
        _server = await GuestServer.StartAsync(
            new GuestServerOptions(Token, Port: 0, OpenFileTimeout: TimeSpan.FromSeconds(30), StopLaunchedOnShutdown: true),
            _backend, environment, _loggerFactory, TimeProvider.System, CancellationToken.None);
        Client.BaseAddress = _server.BaseAddress;
        Client.DefaultRequestHeaders.Add(GuestProtocol.TokenHeader, Token);
        Client.Timeout = clientTimeout;
    }

    /// <summary>Skips the calling test, with the reason printed, when this machine cannot run the desktop or the commands.</summary>
    public void RequireDesktop(params string[] commands)
    {
        if (_skipReason is not null)
        {
            Console.Error.WriteLine(_skipReason);
            Assert.Skip(_skipReason);
        }

        DesktopTier.RequireCommands(commands);
    }

    public virtual async ValueTask DisposeAsync()
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
        if (ScratchHome is not null)
        {
            Directory.Delete(ScratchHome, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
