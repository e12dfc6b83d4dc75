using System.Text.Json.Nodes;
using Deskbench.Core.Environments;
using Deskbench.Core.Guest;
using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;
using Deskbench.Evaluators.Chrome;
using Deskbench.Evaluators.Tests.Support;
using Deskbench.Infra.Local;
using Deskbench.Tasks.Assets;

namespace Deskbench.Evaluators.Tests.Chrome;

/// <summary>
/// One real desktop with Debian's Chromium running in it for the tests of a class: the local provider's fresh X session
/// and guest, Chromium launched through the guest with DevTools on a free port and its profile at OSWorld's place
/// (<c>~/.config/google-chrome</c>), and a loopback web server for the pages. <see cref="Environment"/> carries the
/// <c>cdp_url</c> property the Chrome getters and steps read.
/// </summary>
public sealed class ChromiumDesktopFixture : IAsyncLifetime
{
    private LocalDesktopEnvironment? desktop;
    private ChromeTestEnvironment? environment;
    private int caches;

    public string Root { get; } = Directory.CreateTempSubdirectory("deskbench-chrome-desktop-").FullName;

    public LoopbackWebServer Web { get; } = new();

    public int CdpPort { get; } = LoopbackWebServer.FreePort();

    public IEnvironment Environment => environment ?? throw new InvalidOperationException("the desktop was not acquired");

    public LocalDesktopEnvironment Desktop => desktop ?? throw new InvalidOperationException("the desktop was not acquired");

    public TaskSpec Task { get; } = TaskSpecs.FromEvaluator("""{"func": "infeasible"}""", "chrome-desktop-task");

    public async ValueTask InitializeAsync()
    {
        if (!DesktopRequirements.AreMet || DesktopTier.MissingCommands(["chromium"]).Count > 0)
        {
            return;
        }

        var work = Directory.CreateDirectory(Path.Combine(Root, "work")).FullName;
        var provider = new LocalDesktopProvider(new LocalProviderOptions(), TestOutputLoggerFactory.Instance, TimeProvider.System);
        desktop = (LocalDesktopEnvironment)await provider.AcquireAsync(
            new EnvironmentRequest("chrome-desktop-tests", Task.Id, ScreenSize.Default, work), TestContext.Current.CancellationToken);
        environment = new ChromeTestEnvironment(desktop, new Dictionary<string, string>
        {
            [ChromeEnvironment.CdpUrlProperty] = $"http://127.0.0.1:{CdpPort}",
        });
        await LaunchChromiumAsync(desktop.Guest, $"{desktop.HomeDirectory}/.config/google-chrome", CdpPort, TestContext.Current.CancellationToken);
    }

    /// <summary>Skips the calling test unless the desktop tier and Chromium are available; returns the environment.</summary>
    public IEnvironment Require()
    {
        DesktopRequirements.Require("chromium");
        return Environment;
    }

    public GetterContext NewGetterContext() =>
        new(Task, Environment, Path.Combine(Root, $"cache-{Interlocked.Increment(ref caches)}"), new FolderAssetCache(Path.Combine(Root, "assets")));

    public SetupContext NewSetupContext() =>
        new(Task, Environment, Path.Combine(Root, $"cache-{Interlocked.Increment(ref caches)}"), new FolderAssetCache(Path.Combine(Root, "assets")));

    /// <summary>
    /// Starts Chromium in the desktop (no sandbox, no network chatter, no first-run UI) with DevTools on
    /// <paramref name="port"/> and waits until its endpoint answers.
    /// </summary>
    public static async Task LaunchChromiumAsync(IGuestClient guest, string userDataDir, int port, CancellationToken cancellationToken)
    {
        await guest.LaunchAsync(CommandRequest.FromArguments(
            "chromium", "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--no-default-browser-check", "--password-store=basic", "--disable-gpu",
            $"--remote-debugging-port={port}", $"--user-data-dir={userDataDir}", "about:blank"), cancellationToken);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                var version = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/version", cancellationToken));
                if (version?["webSocketDebuggerUrl"] is not null)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException($"Chromium's DevTools did not answer on port {port} within 60 s", ex);
                }
            }

            await System.Threading.Tasks.Task.Delay(200, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (desktop is not null)
        {
            await desktop.DisposeAsync();
        }

        await Web.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a scratch folder under /tmp.
        }
    }
}
